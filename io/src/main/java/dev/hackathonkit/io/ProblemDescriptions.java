package dev.hackathonkit.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

/** Loads {@code problems.properties} once, on first use. */
final class ProblemDescriptions {
  private static final String RESOURCE = "problems.properties";
  private static final Properties TEXTS = load();

  private ProblemDescriptions() {}

  /** The description of {@code code}; the code itself when the resource has none. */
  static String of(String code) {
    return TEXTS.getProperty(code, code);
  }

  private static Properties load() {
    Properties texts = new Properties();
    try (InputStream in = ProblemDescriptions.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + RESOURCE + " in hackathon-kit-io");
      }
      texts.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE, e);
    }
    return texts;
  }
}
