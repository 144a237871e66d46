package dev.hackathonkit.io.wikitext;

import dev.hackathonkit.io.internal.Contacts;
import dev.hackathonkit.model.Person;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Contacts as project wikis write them ({@code Ana Pérez, Bo Li (or other reps)}, {@code Name
 * <mail@example.org>}); people whose parts that prose could not carry unambiguously are written as
 * {@code {{Contact|name|email=…|affiliation=…|note=…}}}.
 */
final class ContactFormat {
  private static final Pattern PLAIN_NAME =
      Pattern.compile("[\\p{L}\\p{M}][\\p{L}\\p{M}.' -]*[\\p{L}\\p{M}.]|[\\p{L}\\p{M}]");
  private static final Pattern PLAIN_EMAIL =
      Pattern.compile("[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\\.[A-Za-z]{2,}");

  private ContactFormat() {}

  static String write(List<Person> people, String template) {
    StringBuilder sb = new StringBuilder();
    for (Person p : people) {
      if (sb.length() > 0) {
        sb.append(", ");
      }
      if (isPlain(p)) {
        sb.append(Markup.line(p.name(), false));
        if (p.email() != null) {
          sb.append(" &lt;").append(p.email()).append(">");
        }
      } else {
        sb.append("{{").append(template).append('|').append(Markup.positional(p.name()));
        if (p.email() != null) {
          sb.append("|email=").append(Markup.value(p.email()));
        }
        if (p.affiliation() != null) {
          sb.append("|affiliation=").append(Markup.value(p.affiliation()));
        }
        if (p.note() != null) {
          sb.append("|note=").append(Markup.value(p.note()));
        }
        sb.append("}}");
      }
    }
    return sb.toString();
  }

  /**
   * Whether prose carries this person exactly: a name and perhaps an e-mail address, which the
   * reader's list rule ({@link Contacts#parse}) reads back as this one person ({@code Tom and
   * Jerry} it would split). A note goes in the template, since pages write {@code Name (Org)} for
   * an affiliation.
   */
  static boolean isPlain(Person p) {
    return p.affiliation() == null
        && p.note() == null
        && PLAIN_NAME.matcher(p.name()).matches()
        && (p.email() == null || PLAIN_EMAIL.matcher(p.email()).matches())
        && Contacts.parse(p.name()).equals(List.of(Person.named(p.name())));
  }
}
