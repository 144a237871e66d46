package dev.hackathonkit.io.ical;

import java.time.ZoneId;
import java.time.zone.ZoneRules;
import java.time.zone.ZoneRulesProvider;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Set;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * Zones built from a file's VTIMEZONE when no IANA zone matches it, so that a {@link ZoneId} keeps
 * the VTIMEZONE's daylight-saving rules rather than a fixed offset. Each distinct rule set is
 * registered once with the JDK ({@link ZoneRulesProvider#registerProvider}) under an id such as
 * {@code X-VTIMEZONE/Customized_Time_Zone-1a2b3c4d}; the id is stable for the same TZID and rules,
 * and known only inside the running JVM (a JSON file naming it is read back in the same process
 * only). Thread-safe.
 */
final class FileZones {
  private static final Map<String, ZoneId> REGISTERED = new HashMap<>();

  private FileZones() {}

  /** The zone id for a VTIMEZONE's TZID and rules, registering it on first use. */
  static synchronized ZoneId register(String tzid, ZoneRules rules) {
    String name = tzid.replaceAll("[^A-Za-z0-9_+-]+", "_").replaceAll("^_+|_+$", "");
    String id =
        "X-VTIMEZONE/"
            + (name.isEmpty() ? "zone" : name)
            + "-"
            + String.format(Locale.ROOT, "%08x", rules.hashCode());
    ZoneId known = REGISTERED.get(id);
    if (known != null) {
      return known;
    }
    ZoneRulesProvider.registerProvider(new Provider(id, rules));
    ZoneId zone = ZoneId.of(id);
    REGISTERED.put(id, zone);
    return zone;
  }

  /** The zone registered under {@code id} in this JVM, or {@code null}. */
  static synchronized @Nullable ZoneId registered(String id) {
    return REGISTERED.get(id);
  }

  /** Provides one zone. */
  private static final class Provider extends ZoneRulesProvider {
    private final String id;
    private final ZoneRules rules;

    Provider(String id, ZoneRules rules) {
      this.id = id;
      this.rules = rules;
    }

    @Override
    protected Set<String> provideZoneIds() {
      return Set.of(id);
    }

    @Override
    protected ZoneRules provideRules(String zoneId, boolean forCaching) {
      return rules;
    }

    @Override
    protected NavigableMap<String, ZoneRules> provideVersions(String zoneId) {
      return new TreeMap<>(Map.of("file", rules));
    }
  }
}
