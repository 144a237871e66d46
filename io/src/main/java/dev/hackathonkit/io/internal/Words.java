package dev.hackathonkit.io.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/** Word keys (case, accents and dots ignored) and the word lists in this package's resources. */
final class Words {
  private Words() {}

  /**
   * The key a word or phrase is matched by: lower case, accents and dots removed, hyphens,
   * underscores and runs of white space as one space, trimmed ({@code "Pays-Bas"} and {@code "pays
   * bas"} give {@code "pays bas"}; {@code "U.K."} gives {@code "uk"}).
   */
  static String key(CharSequence s) {
    StringBuilder sb = new StringBuilder(s.length());
    boolean ascii = true;
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) > 0x7f) {
        ascii = false;
        break;
      }
    }
    CharSequence src = ascii ? s : Normalizer.normalize(s, Normalizer.Form.NFD);
    boolean space = false;
    for (int i = 0; i < src.length(); i++) {
      char c = src.charAt(i);
      if (c == '.' || Character.getType(c) == Character.NON_SPACING_MARK) {
        continue;
      }
      if (c == '-' || c == '_' || c == '\u2010' || Character.isWhitespace(c) || c == '\u00a0') {
        space = sb.length() > 0;
        continue;
      }
      if (space) {
        sb.append(' ');
        space = false;
      }
      sb.append(c <= 0x7f ? (char) (c >= 'A' && c <= 'Z' ? c + 32 : c) : Character.toLowerCase(c));
    }
    if (!ascii) {
      // ß has no decomposition; pages write it as "ss" too.
      return sb.toString().replace("\u00df", "ss");
    }
    return sb.toString();
  }

  /** A properties resource of this package, read as UTF-8. */
  static Properties properties(String name) {
    Properties p = new Properties();
    try (InputStream in = open(name)) {
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read resource " + name, e);
    }
    return p;
  }

  /** The non-blank lines of a text resource of this package that are not {@code #} comments. */
  static List<String> lines(String name) {
    List<String> out = new ArrayList<>();
    try (InputStream in = open(name)) {
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      for (String line : text.split("\n")) {
        String s = line.strip();
        if (!s.isEmpty() && !s.startsWith("#")) {
          out.add(s);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read resource " + name, e);
    }
    return out;
  }

  private static InputStream open(String name) throws IOException {
    InputStream in = Words.class.getResourceAsStream(name);
    if (in == null) {
      throw new IOException("missing resource " + name + " beside " + Words.class.getName());
    }
    return in;
  }
}
