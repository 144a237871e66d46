package dev.hackathonkit.client;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.hackathonkit.io.testing.FuzzContract;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Timeout;

/**
 * Compressed Special:Export dumps (gzip, bzip2, xz, as {@link DumpConverter#decompressed} detects
 * them by their magic number) on any bytes: the decompressors of Commons Compress on hostile
 * streams, then the export and page readers. Truncated or corrupt streams refuse with an {@link
 * IOException}; nothing else escapes, and memory stays bounded ({@link FuzzContract}, plus the
 * decoder window that {@link DumpConverter#decompressed} caps at 64 MiB).
 *
 * <p>Seeds (the plain seeds compressed) and saved findings: {@code
 * CompressedExportFuzzTestInputs/compressedExportConverts}.
 */
class CompressedExportFuzzTest {
  @Timeout(value = FuzzContract.TIMEOUT_SECONDS, unit = TimeUnit.SECONDS)
  @FuzzTest(maxDuration = FuzzContract.BURST)
  void compressedExportConverts(FuzzedDataProvider data) {
    byte[] dump = data.consumeRemainingAsBytes();
    // the decoder's window (xz, LZMA) is allowed on top of the usual bound: DumpConverter caps it
    FuzzContract.read(
        dump.length,
        DumpConverter.DECODER_MAX_KIB * 1024L,
        IOException.class,
        () -> ExportFuzzTest.convert(dump));
  }
}
