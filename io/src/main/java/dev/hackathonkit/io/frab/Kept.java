package dev.hackathonkit.io.frab;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The extra keys under which {@link FrabScheduleReader} keeps the identifiers and room and person
 * fields of a schedule that the model has no field for, and from which {@link FrabScheduleWriter}
 * writes them back: the one place that names them.
 *
 * <ul>
 *   <li>topic extras {@value #GUID} (the entry's {@code guid}, kept unless it is the one this
 *       library derives), {@value #CODE} (pretalx's submission {@code code}), {@value #ENTRY_ID}
 *       (the entry's numeric {@code id}) and {@value #URL} (its {@code url}); {@value
 *       #FEEDBACK_URL}, {@value #ORIGIN_URL}, {@value #RECORDING_LICENSE} ({@code
 *       recording_license}, XML {@code recording/license}) and {@value #DO_NOT_RECORD} ({@code
 *       true} when {@code do_not_record}, XML {@code recording/optout}, is; {@code false} is the
 *       default and not kept);
 *   <li>topic extras {@code Person FIELD (NAME)} for each field of a person object other than its
 *       name ({@code Person guid (Dolores Vega)}, {@code Person code (...)}, {@code Person id
 *       (...)});
 *   <li>event extras {@value #BASE_URL} ({@code base_url}) and {@code Room FIELD (NAME)} for a
 *       room's fields other than its name ({@code Room guid (Atrium)}, {@code Room capacity
 *       (Atrium)}); the schedule's {@code url} is the event's link labelled {@value
 *       #SCHEDULE_LINK}.
 * </ul>
 */
final class Kept {
  static final String GUID = "GUID";
  static final String CODE = "Code";
  static final String ENTRY_ID = "Entry id";
  static final String URL = "URL";
  static final String FEEDBACK_URL = "Feedback URL";
  static final String ORIGIN_URL = "Origin URL";
  static final String RECORDING_LICENSE = "Recording license";
  static final String DO_NOT_RECORD = "Do not record";
  static final String BASE_URL = "Base URL";

  /** The label of the event's link that is the schedule's own {@code url}. */
  static final String SCHEDULE_LINK = "Schedule";

  static final String PERSON = "Person";
  static final String ROOM = "Room";

  /** Topic extras that are identifiers or the entry's own page: never written as {@code links}. */
  static final Set<String> ENTRY_KEYS = Set.of(GUID, CODE, ENTRY_ID, URL, FEEDBACK_URL, ORIGIN_URL);

  private Kept() {}

  /** {@code Person guid (Dolores Vega)}, {@code Room capacity (Atrium)}. */
  static String key(String kind, String field, String owner) {
    return kind + " " + field + " (" + owner + ")";
  }

  /** Whether an extra key is one of {@link #key}'s for {@code kind}. */
  static boolean isKey(String kind, String key) {
    return key.startsWith(kind + " ") && key.endsWith(")") && key.indexOf(" (") > kind.length();
  }

  /**
   * The fields kept for each owner of a kind, in the order of the extras: {@code Person guid (A)},
   * {@code Person id (A)} give {@code A -> {guid, id}}.
   */
  static Map<String, Map<String, String>> fields(Map<String, String> extra, String kind) {
    Map<String, Map<String, String>> byOwner = new LinkedHashMap<>();
    for (Map.Entry<String, String> x : extra.entrySet()) {
      String key = x.getKey();
      if (!isKey(kind, key)) {
        continue;
      }
      int open = key.indexOf(" (", kind.length() + 1);
      String field = key.substring(kind.length() + 1, open);
      String owner = key.substring(open + 2, key.length() - 1);
      if (!field.isEmpty() && !field.contains(" ")) {
        byOwner.computeIfAbsent(owner, o -> new LinkedHashMap<>()).put(field, x.getValue());
      }
    }
    return byOwner;
  }
}
