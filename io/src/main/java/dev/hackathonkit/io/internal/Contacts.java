package dev.hackathonkit.io.internal;

import dev.hackathonkit.model.Person;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Contact lists as pages write them: {@code Ann Lee, Bob Ray (or anyone else from the docs team)},
 * {@code Name <mail@example.org>}, names separated by commas, semicolons, slashes, {@code and}
 * or {@code &}. A remark in parentheses becomes the preceding person's note. Not API.
 */
public final class Contacts {
  private static final Pattern ANGLE_MAIL = Pattern.compile("<\\s*([^<>\\s]+@[^<>\\s]+)\\s*>");
  private static final Pattern BARE_MAIL = Pattern.compile("(?<![\\w.+-])([\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+)");
  private static final Pattern AND = Pattern.compile("\\s+(?:and|&)\\s+", Pattern.CASE_INSENSITIVE);

  private Contacts() {}

  /** The people named in {@code text}, in order; empty when it names none. */
  public static List<Person> parse(String text) {
    List<Person> people = new ArrayList<>();
    StringBuilder item = new StringBuilder();
    StringBuilder note = new StringBuilder();
    int depth = 0;
    String s = PlainText.clean(text);
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
      } else if (c == ',' || c == ';' || c == '/') {
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
    String note = PlainText.clean(rawNote);
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

  /** Whether {@code raw} may name two people ({@code and} or {@code &}): only then is the pattern tried. */
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
    String s = PlainText.clean(raw);
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
