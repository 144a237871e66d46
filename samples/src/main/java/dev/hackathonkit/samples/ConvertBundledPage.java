package dev.hackathonkit.samples;

import dev.hackathonkit.io.ImportResult;
import dev.hackathonkit.io.json.JsonEventCodec;
import dev.hackathonkit.io.text.RenderedPageReader;

/**
 * Reads the bundled page (its rendered text, as a browser shows it) and prints the event as JSON;
 * the import report's warnings and coverage go to stderr.
 *
 * <pre>
 * java -cp samples/target/hackathon-kit.jar dev.hackathonkit.samples.ConvertBundledPage &gt; event.json
 * </pre>
 */
public final class ConvertBundledPage {
  private ConvertBundledPage() {}

  /** Prints the event's JSON on stdout. */
  public static void main(String[] args) throws Exception {
    BundledPage page = BundledPage.RENDERED_TEXT;
    ImportResult result = RenderedPageReader.standard().read(page.content(), page.sourceName());

    System.out.print(JsonEventCodec.standard().write(result.event()));

    result.report().problems().forEach(System.err::println);
    System.err.printf("coverage: %.1f%%%n", result.report().coverage() * 100);
  }
}
