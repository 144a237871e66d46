package dev.hackathonkit.io.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DatesTest {
  private final List<String> warnings = new ArrayList<>();
  private final Warnings sink = (kind, offset, message) -> warnings.add(kind + "@" + offset);

  @Test
  void readsDayFirstDateWithoutWarning() {
    assertThat(Dates.parseNumeric("29/04/2013", sink)).isEqualTo(LocalDate.of(2013, 4, 29));
    assertThat(warnings).isEmpty();
  }

  @Test
  void readsIsoDate() {
    assertThat(Dates.parseNumeric("2013-04-29", sink)).isEqualTo(LocalDate.of(2013, 4, 29));
  }

  @Test
  void takesMonthFirstWhenOnlyThatIsADateAndWarns() {
    assertThat(Dates.parseNumeric("01/20/2014", sink)).isEqualTo(LocalDate.of(2014, 1, 20));
    assertThat(warnings).containsExactly("MONTH_FIRST_DATE@0");
  }

  @Test
  void takesDayFirstForAmbiguousDateAndWarnsAtItsOffset() {
    assertThat(Dates.parseNumeric("  2/5/2014", sink)).isEqualTo(LocalDate.of(2014, 5, 2));
    assertThat(warnings).containsExactly("AMBIGUOUS_DATE@2");
  }

  @Test
  void sameDayAndMonthIsNotAmbiguous() {
    assertThat(Dates.parseNumeric("05/05/2014", sink)).isEqualTo(LocalDate.of(2014, 5, 5));
    assertThat(warnings).isEmpty();
  }

  @Test
  void rejectsNonDates() {
    assertThat(Dates.parseNumeric("31/02/2013", sink)).isNull();
    assertThat(Dates.parseNumeric("13/13/2013", sink)).isNull();
    assertThat(Dates.parseNumeric("N/A", sink)).isNull();
    assertThat(Dates.parseNumeric("", sink)).isNull();
  }

  @Test
  void findsMonthFirstRangeInProse() {
    String text = "We confirmed the Xen Hackathon for May 16-17, 2013 in Dublin Ireland.";
    Dates.DateRange r = Dates.findRange(text, null);
    assertThat(r).isNotNull();
    assertThat(r.start()).isEqualTo(LocalDate.of(2013, 5, 16));
    assertThat(r.end()).isEqualTo(LocalDate.of(2013, 5, 17));
    assertThat(text.substring(r.from(), r.to())).isEqualTo("May 16-17, 2013");
  }

  @Test
  void findsDayFirstRange() {
    Dates.DateRange r = Dates.findRange("held 16-17 May 2013 at the office", null);
    assertThat(r.start()).isEqualTo(LocalDate.of(2013, 5, 16));
    assertThat(r.end()).isEqualTo(LocalDate.of(2013, 5, 17));
  }

  @Test
  void findsRangeAcrossMonths() {
    Dates.DateRange r = Dates.findRange("on May 30 - June 1, 2014 in Paris", null);
    assertThat(r.start()).isEqualTo(LocalDate.of(2014, 5, 30));
    assertThat(r.end()).isEqualTo(LocalDate.of(2014, 6, 1));
    Dates.DateRange d = Dates.findRange("30 May \u2013 1 June 2014", null);
    assertThat(d.start()).isEqualTo(LocalDate.of(2014, 5, 30));
    assertThat(d.end()).isEqualTo(LocalDate.of(2014, 6, 1));
  }

  @Test
  void findsRangeAcrossNewYear() {
    Dates.DateRange r = Dates.findRange("December 30 - January 2, 2015", null);
    assertThat(r.start()).isEqualTo(LocalDate.of(2014, 12, 30));
    assertThat(r.end()).isEqualTo(LocalDate.of(2015, 1, 2));
  }

  @Test
  void findsSingleDayAndUsesYearHintWhenYearMissing() {
    assertThat(Dates.findRange("on 3rd October 2016", null).start())
        .isEqualTo(LocalDate.of(2016, 10, 3));
    Dates.DateRange hinted = Dates.findRange("on October 3", 2016);
    assertThat(hinted.start()).isEqualTo(LocalDate.of(2016, 10, 3));
    assertThat(Dates.findRange("on October 3", null)).isNull();
  }

  @Test
  void ignoresWordsThatStartLikeMonths() {
    assertThat(Dates.findRange("16 Marketing people, 2013", null)).isNull();
    assertThat(Dates.findRange("no dates here", 2013)).isNull();
  }
}
