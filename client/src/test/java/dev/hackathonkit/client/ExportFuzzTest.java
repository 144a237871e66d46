package dev.hackathonkit.client;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.hackathonkit.io.testing.FuzzContract;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Timeout;

/**
 * Special:Export XML as {@link DumpConverter} reads a dump: the export reader ({@link
 * ExportReader}) and, for every page it hands on, the wikitext page reader. Malformed XML may
 * refuse the whole dump with an {@link IOException} naming where ({@link FuzzContract} for the
 * client); nothing else escapes, and every page comes back as an event or a reason.
 *
 * <p>Seeds and saved findings: {@code ExportFuzzTestInputs/exportConverts}.
 */
class ExportFuzzTest {
  @Timeout(value = FuzzContract.TIMEOUT_SECONDS, unit = TimeUnit.SECONDS)
  @FuzzTest(maxDuration = FuzzContract.BURST)
  void exportConverts(FuzzedDataProvider data) {
    byte[] xml = data.consumeRemainingAsBytes();
    FuzzContract.read(xml.length, IOException.class, () -> convert(xml));
  }

  /** Converts a dump's bytes (any compression {@link DumpConverter#decompressed} knows). */
  static List<DumpOutcome> convert(byte[] dump) throws IOException {
    List<DumpOutcome> out = new ArrayList<>();
    try (var in = DumpConverter.decompressed(new ByteArrayInputStream(dump))) {
      DumpConverter.standard().convert(in, "fuzz.xml", out::add);
    }
    return out;
  }
}
