package dev.hackathonkit.samples;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.jspecify.annotations.Nullable;

/**
 * The page bundled in the samples jar: one wiki page kept in the two forms hackathon-kit reads, its
 * rendered text (as a browser shows it) and its MediaWiki markup. The command-line tool's {@code
 * convert} with no input converts it; the samples use it as their input.
 *
 * <pre>{@code
 * String text = BundledPage.RENDERED_TEXT.content();
 * }</pre>
 */
public enum BundledPage {
  /** The page as a browser shows it (a {@code .txt} file). */
  RENDERED_TEXT("text"),
  /** The page as MediaWiki markup (a {@code .wiki} file). */
  WIKITEXT("wikitext");

  private static final String DIR = "/dev/hackathonkit/samples/bundled/";
  private static final Properties PROPERTIES = load();

  private final String key;

  BundledPage(String key) {
    this.key = key;
  }

  /** The wiki page title the bundled page was saved from. */
  public static String title() {
    return requireNonNull(PROPERTIES.getProperty("title"), "title");
  }

  /** The resource's file name, such as {@code page.txt}. */
  public String fileName() {
    return requireNonNull(PROPERTIES.getProperty(key), key);
  }

  /** The name readers put in locations: {@code bundled:page.txt}. */
  public String sourceName() {
    return "bundled:" + fileName();
  }

  /** Whether this form is in the jar. */
  public boolean isPresent() {
    return BundledPage.class.getResource(DIR + fileName()) != null;
  }

  /**
   * The page's content.
   *
   * @throws IllegalStateException if this form is not in the jar
   */
  public String content() {
    try (InputStream in = BundledPage.class.getResourceAsStream(DIR + fileName())) {
      if (in == null) {
        throw new IllegalStateException("bundled page not in this build: " + fileName());
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read bundled page " + fileName(), e);
    }
  }

  private static Properties load() {
    Properties p = new Properties();
    try (@Nullable InputStream in =
        BundledPage.class.getResourceAsStream(DIR + "page.properties")) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + DIR + "page.properties");
      }
      p.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return p;
  }
}
