package dev.hackathonkit.io.ical;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Structural checks on written files, independent of the reader under test. */
final class IcsChecks {
  private static final Pattern TZID_PARAM = Pattern.compile(";TZID=(\"[^\"]*\"|[^;:]*)");

  private IcsChecks() {}

  /** Every line ends with CRLF, has at most 75 octets, and no fold splits a UTF-8 sequence. */
  static void assertLinesWellFormed(String ics) {
    byte[] bytes = ics.getBytes(StandardCharsets.UTF_8);
    assertThat(ics).endsWith("\r\n");
    int lineStart = 0;
    for (int i = 0; i < bytes.length; i++) {
      if (bytes[i] == '\n') {
        assertThat(i).as("LF without CR at octet %d", i).isGreaterThan(0);
        assertThat(bytes[i - 1]).as("LF without CR at octet %d", i).isEqualTo((byte) '\r');
        int length = i - 1 - lineStart;
        assertThat(length)
            .as(
                "octets of line at %d: %s",
                lineStart, new String(bytes, lineStart, length, StandardCharsets.UTF_8))
            .isLessThanOrEqualTo(75);
        if (i + 1 < bytes.length) {
          assertThat(bytes[i + 1] & 0xC0)
              .as("line starting at %d begins inside a UTF-8 sequence", i + 1)
              .isNotEqualTo(0x80);
          if (bytes[i + 1] == ' ') {
            assertThat(bytes[i + 2] & 0xC0)
                .as("continuation at %d begins inside a UTF-8 sequence", i + 1)
                .isNotEqualTo(0x80);
          }
        }
        lineStart = i + 1;
      } else if (bytes[i] == '\r') {
        assertThat(i + 1 < bytes.length && bytes[i + 1] == '\n')
            .as("CR without LF at %d", i)
            .isTrue();
      }
    }
  }

  /** The content lines with folds removed. */
  static List<String> unfolded(String ics) {
    List<String> lines = new ArrayList<>();
    for (String raw : ics.split("\r\n")) {
      if (raw.startsWith(" ") && !lines.isEmpty()) {
        lines.set(lines.size() - 1, lines.get(lines.size() - 1) + raw.substring(1));
      } else {
        lines.add(raw);
      }
    }
    return lines;
  }

  /** Every TZID parameter names a VTIMEZONE of the file. */
  static void assertEveryTzidHasVtimezone(String ics) {
    Set<String> used = new LinkedHashSet<>();
    Set<String> defined = new LinkedHashSet<>();
    for (String line : unfolded(ics)) {
      if (line.startsWith("TZID:")) {
        defined.add(line.substring(5));
      }
      Matcher m =
          TZID_PARAM.matcher(
              line.substring(0, Math.max(0, line.indexOf(':') >= 0 ? line.indexOf(':') + 1 : 0)));
      while (m.find()) {
        used.add(m.group(1).replace("\"", ""));
      }
    }
    assertThat(defined).containsAll(used);
  }
}
