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
}
