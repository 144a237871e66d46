package dev.hackathonkit.samples.bench;

import dev.hackathonkit.samples.BundledPage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes the 50 MB pages the README's memory figures are measured on, for {@code java -Xmx… -jar
 * hackathon-kit.jar convert FILE --to json}: {@code page-50mb.wiki} (the May 2013 page's markup
 * repeated until it is at least 50,000,000 bytes), {@code corpus-50mb.wiki} ({@link
 * WikitextBenchInputs#corpus} of that size, seed 7) and {@code page-50mb.txt} (the bundled rendered
 * text repeated), all UTF-8.
 */
public final class LargePages {
  /** The size each file reaches, in bytes (at least). */
  static final int SIZE = 50_000_000;

  private LargePages() {}

  /**
   * Writes the files.
   *
   * @param args the directory (default {@code target/large-pages})
   * @throws IOException when a file cannot be written
   */
  public static void main(String[] args) throws IOException {
    Path dir = Path.of(args.length > 0 ? args[0] : "target/large-pages");
    Files.createDirectories(dir);
    String page = WikitextBenchInputs.page();
    write(dir.resolve("page-50mb.wiki"), page.repeat(SIZE / page.length() + 1));
    write(dir.resolve("corpus-50mb.wiki"), WikitextBenchInputs.corpus(SIZE, 7L));
    String text = BundledPage.RENDERED_TEXT.content();
    write(dir.resolve("page-50mb.txt"), text.repeat(SIZE / text.length() + 1));
  }

  private static void write(Path file, String content) throws IOException {
    Files.writeString(file, content, StandardCharsets.UTF_8);
    System.out.println(file + " " + Files.size(file));
  }
}
