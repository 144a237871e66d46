package dev.hackathonkit.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hackathonkit.io.json.JsonEventCodec;
import dev.hackathonkit.model.Topic;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.zip.GZIPOutputStream;
import org.apache.commons.compress.compressors.bzip2.BZip2CompressorOutputStream;
import org.junit.jupiter.api.Test;

class DumpConverterTest {

  private static byte[] dump() throws IOException {
    try (InputStream in =
        DumpConverterTest.class.getResourceAsStream("DumpConverterTest/small-wiki.xml")) {
      return in.readAllBytes();
    }
  }

  private static List<DumpOutcome> convert(DumpConverter converter, byte[] bytes)
      throws IOException {
    List<DumpOutcome> out = new ArrayList<>();
    try (InputStream in = DumpConverter.decompressed(new ByteArrayInputStream(bytes))) {
      converter.convert(in, "small-wiki.xml", out::add);
    }
    return out;
  }

  private static List<String> lines(List<DumpOutcome> outcomes) {
    return outcomes.stream().map(DumpConverterTest::line).toList();
  }

  /** {@code TITLE rREV STATUS[: reason (detail)]}. */
  private static String line(DumpOutcome o) {
    if (o instanceof DumpOutcome.Converted) {
      return o.title() + " r" + o.revisionId() + " converted";
    }
    if (o instanceof DumpOutcome.Skipped s) {
      return o.title()
          + " r"
          + o.revisionId()
          + " skipped: "
          + s.reason()
          + " ("
          + s.detail()
          + ")";
    }
    DumpOutcome.Failed f = (DumpOutcome.Failed) o;
    return o.title() + " r" + o.revisionId() + " failed: " + f.message();
  }

  private static List<String> topics(DumpOutcome o) {
    return ((DumpOutcome.Converted) o)
        .result().event().topics().stream().map(Topic::title).toList();
  }

  /**
   * Fuzz finding (CompressedExportFuzzTest): an xz stream is free to name its dictionary size, and
   * a 552-byte dump that names 1 GiB made the decoder allocate it (OutOfMemoryError in a smaller
   * heap). Decoders are now held to 64 MiB: such a dump fails with an IOException when read.
   */
  @Test
  void anXzDumpThatClaimsAGibibyteDictionaryIsRefusedBeforeItIsAllocated() throws Exception {
    byte[] xz;
    try (InputStream in =
        DumpConverterTest.class.getResourceAsStream(
            "DumpConverterTest/xz-claims-1-gib-dictionary.xml.xz")) {
      xz = in.readAllBytes();
    }
    assertThat(xz).hasSizeLessThan(1024);
    List<DumpOutcome> out = new ArrayList<>();
    assertThatThrownBy(
            () -> {
              try (InputStream in = DumpConverter.decompressed(new ByteArrayInputStream(xz))) {
                DumpConverter.standard().convert(in, "claims.xml.xz", out::add);
              }
            })
        .isInstanceOf(IOException.class)
        .hasMessageContaining("limit");
    assertThat(out).isEmpty();
  }

  @Test
  void everyPageOfAWikiGetsOneOutcomeInTheDumpsOrder() throws IOException {
    List<DumpOutcome> outcomes = convert(DumpConverter.standard(), dump());

    assertThat(lines(outcomes))
        .containsExactly(
            "Sprint/Tartu 2021 r12 converted",
            "Tartu r20 skipped: NOT_AN_EVENT (no days, topics or attendees)",
            "Sprint Tartu r21 skipped: REDIRECT (to Sprint/Tartu 2021)",
            "Old sprint r22 skipped: REDIRECT (to Sprint/Lviv 2022)",
            "Template:Sprint box r23 skipped: NOT_AN_EVENT (no days, topics or attendees)",
            "Sprint/Lviv 2022 r30 converted",
            "User:Maarja/Notes r31 converted",
            "MediaWiki:Common.css r32 skipped: NOT_WIKITEXT (content model css)",
            "Sprint/Riga 2023 r0 failed: no revision of the page in the dump");
    DumpOutcome tartu = outcomes.get(0);
    assertThat(topics(tartu))
        .as("the newest revision, though the dump lists it first")
        .containsExactly(
            "Bus stop accessibility dataset",
            "Air quality sensor map",
            "Translating the portal into Russian");
    assertThat(((DumpOutcome.Converted) tartu).result().event().source().site())
        .isEqualTo("Baltic Makers Wiki");
    assertThat(((DumpOutcome.Converted) tartu).timestamp())
        .isEqualTo(Instant.parse("2021-03-01T09:00:00Z"));
    assertThat(outcomes).allSatisfy(o -> assertThat(o.siteName()).isEqualTo("Baltic Makers Wiki"));
  }

  @Test
  void atADateEachPageIsReadAsItStoodThen() throws IOException {
    List<DumpOutcome> outcomes =
        convert(DumpConverter.standard().withAt(Instant.parse("2021-02-28T23:59:59Z")), dump());

    assertThat(outcomes.get(0).revisionId())
        .as("rev 11 of 5 February; rev 12 came on 1 March")
        .isEqualTo(11);
    assertThat(topics(outcomes.get(0)))
        .containsExactly("Bus stop accessibility dataset", "Air quality sensor map");
    assertThat(lines(outcomes))
        .contains(
            "Sprint/Lviv 2022 r0 skipped: NOT_YET (no revision saved by 2021-02-28T23:59:59Z)",
            "Tartu r20 skipped: NOT_AN_EVENT (no days, topics or attendees)");

    List<DumpOutcome> earlier =
        convert(DumpConverter.standard().withAt(Instant.parse("2021-01-31T00:00:00Z")), dump());
    assertThat(earlier.get(0).revisionId()).isEqualTo(10);
    assertThat(topics(earlier.get(0))).containsExactly("Bus stop accessibility dataset");
  }

  @Test
  void theFilterKeepsPagesByNamespaceTitleAndTheirOwnCategoryLinks() throws IOException {
    PageFilter sprints = PageFilter.ALL.withCategory("sprints");
    List<DumpOutcome> byCategory = convert(DumpConverter.standard().withFilter(sprints), dump());
    assertThat(byCategory)
        .filteredOn(o -> o instanceof DumpOutcome.Converted)
        .extracting(DumpOutcome::title)
        .as("[[category:sprints|Lviv]] is a membership, [[:Category:Sprints]] a link")
        .containsExactly("Sprint/Tartu 2021", "Sprint/Lviv 2022");
    assertThat(lines(byCategory))
        .contains(
            "User:Maarja/Notes r31 skipped: FILTERED (in none of the categories Sprints)",
            "Tartu r20 skipped: FILTERED (in none of the categories Sprints)");

    List<DumpOutcome> byNamespace =
        convert(DumpConverter.standard().withFilter(PageFilter.ALL.withNamespace(2)), dump());
    assertThat(byNamespace)
        .filteredOn(o -> o instanceof DumpOutcome.Converted)
        .extracting(DumpOutcome::title)
        .containsExactly("User:Maarja/Notes");
    assertThat(lines(byNamespace))
        .contains("Tartu r20 skipped: FILTERED (namespace 0 not among [2])");

    List<DumpOutcome> byTitle =
        convert(
            DumpConverter.standard()
                .withFilter(
                    PageFilter.ALL
                        .withTitlePrefix("Sprint/")
                        .withTitlePattern(Pattern.compile(".*20(21|23)"))),
            dump());
    assertThat(lines(byTitle))
        .contains(
            "Sprint/Tartu 2021 r12 converted",
            "Sprint/Lviv 2022 r30 skipped: FILTERED (title does not match /.*20(21|23)/)",
            "Tartu r20 skipped: FILTERED (title does not start with 'Sprint/')",
            "Sprint/Riga 2023 r0 failed: no revision of the page in the dump");
  }

  @Test
  void categoryNamesCompareAsMediaWikiComparesTitles() {
    assertThat(
            PageFilter.categoriesOf(
                "x [[Category:open_data]] [[ category : Civic  tech |T]] [[:Category:Links]]"
                    + " [[Category:Open data]]"))
        .containsExactly("Open data", "Civic tech");
    assertThatThrownBy(() -> PageFilter.ALL.withCategory("Category: "))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void theMinimumCoverageSkipsPagesThatArePartlyAnEvent() throws IOException {
    List<DumpOutcome> all = convert(DumpConverter.standard(), dump());
    DumpOutcome.Converted notes = (DumpOutcome.Converted) all.get(6);
    double coverage = notes.result().report().coverage();
    assertThat(coverage).isBetween(0.0, 0.999);

    List<DumpOutcome> strict =
        convert(DumpConverter.standard().withMinCoverage(Math.min(1, coverage + 0.001)), dump());
    DumpOutcome.Skipped skipped = (DumpOutcome.Skipped) strict.get(6);
    assertThat(skipped.reason()).isEqualTo(DumpOutcome.Reason.NOT_AN_EVENT);
    assertThat(skipped.detail()).matches("coverage \\d+\\.\\d % below \\d+\\.\\d %");
    assertThat(skipped.result()).as("the reading that showed it").isNotNull();
    assertThatThrownBy(() -> DumpConverter.standard().withMinCoverage(1.5))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void gzipAndMultistreamBzip2DumpsAreReadAsThePlainOne() throws IOException {
    byte[] plain = dump();
    List<String> expected = lines(convert(DumpConverter.standard(), plain));

    ByteArrayOutputStream gz = new ByteArrayOutputStream();
    try (GZIPOutputStream out = new GZIPOutputStream(gz)) {
      out.write(plain);
    }
    assertThat(lines(convert(DumpConverter.standard(), gz.toByteArray()))).isEqualTo(expected);

    // Wikimedia's multistream files: the XML cut into pieces, each its own bzip2 stream, one after
    // the other
    ByteArrayOutputStream bz = new ByteArrayOutputStream();
    int[] cuts = {0, 500, 2100, plain.length};
    for (int i = 0; i + 1 < cuts.length; i++) {
      try (BZip2CompressorOutputStream out = new BZip2CompressorOutputStream(new NonClosing(bz))) {
        out.write(Arrays.copyOfRange(plain, cuts[i], cuts[i + 1]));
      }
    }
    assertThat(lines(convert(DumpConverter.standard(), bz.toByteArray()))).isEqualTo(expected);
  }

  @Test
  void aCompressedDumpCutShortDeliversThePagesBeforeTheCutThenSaysWhere() throws IOException {
    ByteArrayOutputStream gz = new ByteArrayOutputStream();
    try (GZIPOutputStream out = new GZIPOutputStream(gz)) {
      out.write(copies(12)); // larger than the XML reader's buffer
    }
    byte[] cut =
        Arrays.copyOf(
            gz.toByteArray(), gz.size() - 40); // the end of the last block and the trailer
    List<DumpOutcome> got = new ArrayList<>();
    assertThatThrownBy(
            () -> {
              try (InputStream in = DumpConverter.decompressed(new ByteArrayInputStream(cut))) {
                DumpConverter.standard().convert(in, "wiki.xml.gz", got::add);
              }
            })
        .isInstanceOf(IOException.class)
        .hasMessageStartingWith("wiki.xml.gz: ");
    assertThat(got)
        .hasSizeBetween(9, 9 * 12 - 1)
        .first()
        .extracting(DumpOutcome::title)
        .isEqualTo("Copy 0 Sprint/Tartu 2021");
  }

  @Test
  void malformedXmlNamesTheLineAndColumnAfterThePagesBeforeIt() {
    String xml =
        new String(assertDump(), StandardCharsets.UTF_8)
            .replace("<title>Tartu</title>", "<title>Tartu</titel>");
    List<DumpOutcome> got = new ArrayList<>();
    assertThatThrownBy(
            () ->
                DumpConverter.standard()
                    .convert(
                        new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)),
                        "wiki.xml",
                        got::add))
        .isInstanceOf(IOException.class)
        .hasMessageMatching("wiki\\.xml: malformed export XML at line 76, column \\d+: .*");
    assertThat(got).extracting(DumpOutcome::title).containsExactly("Sprint/Tartu 2021");
  }

  @Test
  void aCompressionThisBuildCannotReadIsRefusedByName() {
    byte[] zstd = {
      0x28, (byte) 0xB5, 0x2F, (byte) 0xFD, 0x04, 0x58, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
    };
    assertThatThrownBy(() -> DumpConverter.decompressed(new ByteArrayInputStream(zstd)))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("-compressed data can't be read by this build");
  }

  @Test
  void xzDumpsAndSevenZipArchivesAreReadAsThePlainOne(
      @org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws IOException {
    byte[] plain = dump();
    List<String> expected = lines(convert(DumpConverter.standard(), plain));

    ByteArrayOutputStream xz = new ByteArrayOutputStream();
    try (var out = new org.apache.commons.compress.compressors.xz.XZCompressorOutputStream(xz)) {
      out.write(plain);
    }
    assertThat(lines(convert(DumpConverter.standard(), xz.toByteArray()))).isEqualTo(expected);

    java.nio.file.Path archive = dir.resolve("wiki-pages.7z");
    try (var out =
        new org.apache.commons.compress.archivers.sevenz.SevenZOutputFile(archive.toFile())) {
      var entry = out.createArchiveEntry(dir.toFile(), "wiki-pages.xml");
      entry.setDirectory(false);
      out.putArchiveEntry(entry);
      out.write(plain);
      out.closeArchiveEntry();
    }
    List<DumpOutcome> got = new ArrayList<>();
    try (InputStream in = DumpConverter.open(archive)) {
      DumpConverter.standard().convert(in, archive.toString(), got::add);
    }
    assertThat(lines(got)).isEqualTo(expected);

    java.nio.file.Path empty = dir.resolve("empty.7z");
    try (var out =
        new org.apache.commons.compress.archivers.sevenz.SevenZOutputFile(empty.toFile())) {
      out.finish();
    }
    assertThatThrownBy(() -> DumpConverter.open(empty))
        .isInstanceOf(IOException.class)
        .hasMessage("7z archive holds no file");
  }

  @Test
  void aPageTooLargeForTheReaderFailsAloneAndTheNextPagesAreRead() throws IOException {
    var reader =
        dev.hackathonkit.io.wikitext.WikitextReader.standard()
            .withLimits(dev.hackathonkit.io.ReadLimits.DEFAULT.withMaxInputChars(400));
    List<DumpOutcome> outcomes = convert(DumpConverter.standard().withReader(reader), dump());
    assertThat(outcomes.get(0)).isInstanceOf(DumpOutcome.Failed.class);
    assertThat(((DumpOutcome.Failed) outcomes.get(0)).message()).contains("400");
    assertThat(outcomes).hasSize(9);
  }

  @Test
  void aTextOverThePageLimitIsReadPastNotKeptAndItsPageFails() throws IOException {
    String xml = new String(dump(), StandardCharsets.UTF_8);
    String huge = "x".repeat(300_000);
    byte[] bytes =
        xml.replace("#REDIRECT [[Sprint/Tartu 2021]]", "#REDIRECT [[Sprint/Tartu 2021]]" + huge)
            .getBytes(StandardCharsets.UTF_8);
    List<DumpOutcome> outcomes = convert(DumpConverter.standard().withMaxPageChars(100_000), bytes);
    assertThat(lines(outcomes))
        .contains(
            "Sprint Tartu r21 failed: text too large (over 100000 characters) (revision 21)",
            "Sprint/Lviv 2022 r30 converted");
    assertThat(((DumpOutcome.Failed) outcomes.get(2)).missingText())
        .isEqualTo(MissingText.TOO_LARGE);
  }

  @Test
  void theOutcomesAreTheSameOnAPoolOfThreadsAsOnTheCallingThread() throws IOException {
    byte[] bytes =
        copies(12); // many pages, so that several are in flight at once and finish out of order
    Function<DumpOutcome, String> render =
        o ->
            line(o)
                + (o instanceof DumpOutcome.Converted c
                    ? " " + JsonEventCodec.standard().write(c.result().event())
                    : "");

    List<String> alone = new ArrayList<>();
    DumpConverter.standard()
        .convert(new ByteArrayInputStream(bytes), "big.xml", Runnable::run, 1, render, alone::add);
    List<String> pooled = new ArrayList<>();
    List<String> threads = new ArrayList<>();
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      DumpConverter.standard()
          .convert(
              new ByteArrayInputStream(bytes),
              "big.xml",
              pool,
              4,
              o -> {
                synchronized (threads) {
                  threads.add(Thread.currentThread().getName());
                }
                return render.apply(o);
              },
              pooled::add);
    } finally {
      pool.shutdownNow();
    }
    assertThat(alone).hasSize(9 * 12);
    assertThat(pooled).isEqualTo(alone);
    assertThat(threads)
        .as("read on the pool's threads")
        .allMatch(t -> t.startsWith("pool-"))
        .hasSize(9 * 12);
  }

  /** The dump's pages {@code n} times over, titled {@code Copy 0 …}, {@code Copy 1 …}, ... */
  private static byte[] copies(int n) throws IOException {
    String one = new String(dump(), StandardCharsets.UTF_8);
    String pages = one.substring(one.indexOf("  <page>"), one.lastIndexOf("</mediawiki>"));
    StringBuilder big = new StringBuilder(one.substring(0, one.indexOf("  <page>")));
    for (int i = 0; i < n; i++) {
      big.append(pages.replace("<title>", "<title>Copy " + i + " "));
    }
    return big.append("</mediawiki>\n").toString().getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] assertDump() {
    try {
      return dump();
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  /** Keeps the shared output open when one bzip2 stream is finished. */
  private static final class NonClosing extends java.io.FilterOutputStream {
    NonClosing(java.io.OutputStream out) {
      super(out);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      out.write(b, off, len);
    }

    @Override
    public void close() throws IOException {
      flush();
    }
  }
}
