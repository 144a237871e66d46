package dev.hackathonkit.io.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hackathonkit.model.Person;
import org.junit.jupiter.api.Test;

class ContactsTest {
  @Test
  void splitsNamesAndAttachesRemarkToThePrecedingPerson() {
    assertThat(Contacts.parse("John Garbutt, Mike McClurg (or other reps from the XAPI team)"))
        .containsExactly(
            Person.named("John Garbutt"),
            new Person("Mike McClurg", null, null, "or other reps from the XAPI team"));
  }

  @Test
  void readsAddressInAngleBrackets() {
    assertThat(Contacts.parse("Jane Doe <jane@example.org>"))
        .containsExactly(new Person("Jane Doe", "jane@example.org", null, null));
  }

  @Test
  void readsBareAddressAndAndSeparator() {
    assertThat(Contacts.parse("Jane Doe jane@example.org and Joe Bloggs; Ann"))
        .containsExactly(
            new Person("Jane Doe", "jane@example.org", null, null),
            Person.named("Joe Bloggs"),
            Person.named("Ann"));
  }

  @Test
  void singleNameAndBlank() {
    assertThat(Contacts.parse("Lars\u00A0Kurth ")).containsExactly(Person.named("Lars Kurth"));
    assertThat(Contacts.parse("  ")).isEmpty();
  }

  @Test
  void eachLineAndListItemIsAPerson() {
    assertThat(Contacts.parse("Ana Lima\nBo Chen"))
        .containsExactly(Person.named("Ana Lima"), Person.named("Bo Chen"));
    assertThat(Contacts.parse("- Cy Diaz\n- Di Egan\n  - Ed Fox"))
        .containsExactly(Person.named("Cy Diaz"), Person.named("Di Egan"), Person.named("Ed Fox"));
    assertThat(Contacts.parse("1. Ulla Berg\n2) Sven Holm, Pia Lund"))
        .containsExactly(
            Person.named("Ulla Berg"), Person.named("Sven Holm"), Person.named("Pia Lund"));
    assertThat(Contacts.parse("\n\nAnu Kivi\n\n")).containsExactly(Person.named("Anu Kivi"));
  }

  @Test
  void aRemarkOnItsOwnLineBelongsToThePersonBefore() {
    assertThat(Contacts.parse("Ana Lima\n(or anyone from docs)"))
        .containsExactly(new Person("Ana Lima", null, null, "or anyone from docs"));
  }

  @Test
  void neverSplitsInsideAReferenceLeftAsText() {
    assertThat(Contacts.parse("Ines &zzz; Ferreira; Teodor Lupu"))
        .containsExactly(Person.named("Ines &zzz; Ferreira"), Person.named("Teodor Lupu"));
    assertThat(Contacts.parse("Zo&#0; Ng, Bo"))
        .containsExactly(Person.named("Zo&#0; Ng"), Person.named("Bo"));
    // a one-letter "name" is no reference: an ampersand in prose, then a separator
    assertThat(Contacts.parse("Ana Lima (R&D; Ops), Bo Chen"))
        .containsExactly(new Person("Ana Lima", null, null, "R&D; Ops"), Person.named("Bo Chen"));
    assertThat(Contacts.parse("Ana Lima, R&D; Bo Chen"))
        .extracting(Person::name)
        .containsExactly("Ana Lima", "R&D", "Bo Chen");
  }

  @Test
  void neverSplitsInsideAUrlOrAnAddress() {
    assertThat(Contacts.parse("Kristi Mets (https://example.ee/people;id=7,8), Jaan Org"))
        .containsExactly(
            new Person("Kristi Mets", null, null, "https://example.ee/people;id=7,8"),
            Person.named("Jaan Org"));
    assertThat(Contacts.parse("Jaan Org <jaan/org&co@example.ee>; Ott Puu"))
        .containsExactly(
            new Person("Jaan Org", "jaan/org&co@example.ee", null, null), Person.named("Ott Puu"));
    assertThat(Contacts.parse("see https://example.org/a/b, then Ott Puu"))
        .extracting(Person::name)
        .containsExactly("see https://example.org/a/b", "then Ott Puu");
  }

  @Test
  void keptTogetherRangesAreNotSplit() {
    String text = "Vaher, Tiina and Liis Saar, Tom and Jerry";
    String kept = Contacts.keepTogether(Contacts.keepTogether(text, 0, 12), 28, 41);
    assertThat(kept).hasSameSizeAs(text);
    assertThat(Contacts.parse(kept))
        .containsExactly(
            Person.named("Vaher, Tiina"), Person.named("Liis Saar"), Person.named("Tom and Jerry"));
  }
}
