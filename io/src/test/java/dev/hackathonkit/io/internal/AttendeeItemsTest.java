package dev.hackathonkit.io.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hackathonkit.model.Attendee;
import dev.hackathonkit.model.AttendeeStatus;
import org.junit.jupiter.api.Test;

class AttendeeItemsTest {
  private static final AttendeeStatus C = AttendeeStatus.CONFIRMED;

  @Test
  void readsNameAndAffiliation() {
    assertThat(AttendeeItems.parse("  \u2022 Dario Faggioli, Citrix", C))
        .isEqualTo(new Attendee("Dario Faggioli", "Citrix", C));
  }

  @Test
  void readsNameCommaCompanyWithoutSpace() {
    assertThat(AttendeeItems.parse("* Ian Campbell,Citrix", AttendeeStatus.INVITED))
        .isEqualTo(new Attendee("Ian Campbell", "Citrix", AttendeeStatus.INVITED));
  }

  @Test
  void readsNameAloneAndParenthesisedAffiliation() {
    assertThat(AttendeeItems.parse("Andrew Cooper", C))
        .isEqualTo(new Attendee("Andrew Cooper", null, C));
    assertThat(AttendeeItems.parse("Jane Roe (ACME)", C))
        .isEqualTo(new Attendee("Jane Roe", "ACME", C));
    assertThat(AttendeeItems.parse("Jane Roe,", C)).isEqualTo(new Attendee("Jane Roe", null, C));
  }

  @Test
  void itemWithoutNameIsNull() {
    assertThat(AttendeeItems.parse(" \u2022 ", C)).isNull();
    assertThat(AttendeeItems.parse(", ACME", C)).isNull();
  }
}
