package dev.hackathonkit.io.internal;

import dev.hackathonkit.model.Person;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Contact lists as pages write them: {@code Ann Lee, Bob Ray (or anyone else from the docs team)},
 * {@code Name <mail@example.org>}, names separated by commas, semicolons, slashes, {@code and} or
 * {@code &}, one per line or one per list item ({@code - Name}). A remark in parentheses becomes
 * the preceding person's note. A list is never split inside a character reference left as text
 * ({@code &unknown;}), a URL, an e-mail address, or a range the caller marks with {@link
 * #keepTogether} (a link's label). Not API.
 */
public final class Contacts {
  /** An e-mail address; the local part as RFC 5322 allows it, short of quoting. */
  private static final String MAIL = "[\\w.+&/'!#$%*=?^`{|}~-]+@[\\w-]+(?:\\.[\\w-]+)+";

  private static final Pattern ANGLE_MAIL = Pattern.compile("<\\s*(" + MAIL + ")\\s*>");
  private static final Pattern BARE_MAIL = Pattern.compile("(?<![\\w.+&/'-])(" + MAIL + ")");
  private static final Pattern AND = Pattern.compile("\\s+(?:and|&)\\s+", Pattern.CASE_INSENSITIVE);

  /**
   * What a list is never split inside: a character reference that stayed text (a name of two or
   * more letters, or a number: {@code R&D; Ops} still splits), a URL (up to a blank, less trailing
   * punctuation), an e-mail address.
   */
  private static final Pattern UNSPLIT =
      Pattern.compile(
          "&(?:[A-Za-z][A-Za-z0-9]{1,31}|#[0-9]{1,8}|#[xX][0-9A-Fa-f]{1,7});"
              + "|(?i:\\b[a-z][a-z0-9+.-]*://|\\bmailto:)[^\\s<>\"\\[\\]]*[^\\s<>\"\\[\\],;.:!?)]"
              + "|"
              + MAIL);

  /**
   * A bullet or number at the start of a line: {@code - }, {@code * }, {@code # }, {@code • },
   * {@code 1. }.
   */
  private static final Pattern BULLET =
      Pattern.compile("^(?:[-*#\u2022\u2023\u25E6]|\\d{1,3}[.)])\\s+");

  /**
   * Stand-ins for the characters that separate people, while they are inside something that is not
   * split: Unicode noncharacters (U+FDD0..), which no page text holds.
   */
  private static final String SEPARATORS = ",;/& \n";

  private static final char SHIELD = '\uFDD0';

  private Contacts() {}

  /**
   * {@code text} with the characters from {@code from} to {@code to} kept together: no separator
   * there splits the list when {@link #parse} reads it (a link's label such as {@code Lima, Ana}).
   */
  public static String keepTogether(String text, int from, int to) {
    StringBuilder sb = null;
    for (int i = Math.max(0, from); i < Math.min(to, text.length()); i++) {
      int k = SEPARATORS.indexOf(text.charAt(i));
      if (k >= 0) {
        if (sb == null) {
          sb = new StringBuilder(text);
        }
        sb.setCharAt(i, (char) (SHIELD + k));
      }
    }
    return sb == null ? text : sb.toString();
  }

  private static String unshield(String s) {
    StringBuilder sb = null;
    for (int i = 0; i < s.length(); i++) {
      int k = s.charAt(i) - SHIELD;
      if (k >= 0 && k < SEPARATORS.length()) {
        if (sb == null) {
          sb = new StringBuilder(s);
        }
        sb.setCharAt(i, SEPARATORS.charAt(k));
      }
    }
    return sb == null ? s : sb.toString();
  }

  /**
   * Each line cleaned, its bullet dropped, blank lines left out; what is not split, kept together.
   */
  private static String prepare(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (String line : text.split("\n", -1)) {
      String l = PlainText.clean(line);
      Matcher bullet = BULLET.matcher(l);
      if (bullet.find()) {
        l = l.substring(bullet.end());
      }
      if (l.isEmpty()) {
        continue;
      }
      if (out.length() > 0) {
        out.append('\n');
      }
      int at = out.length();
      out.append(l);
      Matcher m = UNSPLIT.matcher(l);
      while (m.find()) {
        String kept = keepTogether(l, m.start(), m.end()).substring(m.start(), m.end());
        out.replace(at + m.start(), at + m.end(), kept);
      }
    }
    return out.toString();
  }

  /** The people named in {@code text}, in order; empty when it names none. */
  public static List<Person> parse(String text) {
    List<Person> people = new ArrayList<>();
    StringBuilder item = new StringBuilder();
    StringBuilder note = new StringBuilder();
    int depth = 0;
    String s = prepare(text);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '(') {
        if (depth > 0) {
          note.append(c);
        }
        depth++;
      } else if (c == ')' && depth > 0) {
        depth--;
        if (depth > 0) {
          note.append(c);
        } else {
          note.append(' ');
        }
      } else if (depth > 0) {
        note.append(c);
      } else if (c == ',' || c == ';' || c == '/' || c == '\n') {
        addItem(people, item.toString(), note.toString());
        item.setLength(0);
        note.setLength(0);
      } else {
        item.append(c);
      }
    }
    addItem(people, item.toString(), note.toString());
    return people;
  }

  private static void addItem(List<Person> people, String raw, String rawNote) {
    String note = PlainText.clean(unshield(rawNote));
    String[] names = mayJoin(raw) ? AND.split(raw) : new String[] {raw};
    for (int i = 0; i < names.length; i++) {
      Person p = person(names[i], i == names.length - 1 && !note.isEmpty() ? note : null);
      if (p != null) {
        people.add(p);
      } else if (!note.isEmpty() && i == names.length - 1 && !people.isEmpty()) {
        Person last = people.remove(people.size() - 1);
        String joined = last.note() == null ? note : last.note() + "; " + note;
        people.add(new Person(last.name(), last.email(), last.affiliation(), joined));
      }
    }
  }

  /**
   * Whether {@code raw} may name two people ({@code and} or {@code &}): only then is the pattern
   * tried.
   */
  private static boolean mayJoin(String raw) {
    if (raw.indexOf('&') >= 0) {
      return true;
    }
    for (int i = 0; i + 3 <= raw.length(); i++) {
      if (raw.regionMatches(true, i, "and", 0, 3)) {
        return true;
      }
    }
    return false;
  }

  private static @Nullable Person person(String raw, @Nullable String note) {
    String s = PlainText.clean(unshield(raw));
    String email = null;
    if (s.indexOf('@') >= 0) { // both patterns need one
      Matcher angle = ANGLE_MAIL.matcher(s);
      if (angle.find()) {
        email = angle.group(1);
        s = PlainText.clean(s.substring(0, angle.start()) + " " + s.substring(angle.end()));
      } else {
        Matcher bare = BARE_MAIL.matcher(s);
        if (bare.find()) {
          email = bare.group(1);
          s = PlainText.clean(s.substring(0, bare.start()) + " " + s.substring(bare.end()));
        }
      }
    }
    if (s.isEmpty()) {
      s = email == null ? "" : email;
    }
    if (s.isEmpty()) {
      return null;
    }
    return new Person(s, email, null, note);
  }
}
