package dev.hackathonkit.io.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** {@link Dates#findRange(String, Dates.DateContext, Warnings)} over the forms pages use. */
class DatesFormsTest {
  private final List<String> warnings = new ArrayList<>();
  private final Warnings sink = (kind, offset, message) -> warnings.add(kind + "@" + offset);

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      nullValues = "-",
      textBlock =
          """
      # text                                              | hint | start      | end        | matched                                            | warnings
      May 16-17, 2013                                     | -    | 2013-05-16 | 2013-05-17 | May 16-17, 2013                                    | -
      We confirmed the hackathon for May 16-17, 2013 in Dublin | - | 2013-05-16 | 2013-05-17 | May 16-17, 2013                               | -
      May 30 – June 2, 2019                               | -    | 2019-05-30 | 2019-06-02 | May 30 – June 2, 2019                              | -
      Dec 30, 2019 – Jan 2, 2020                          | -    | 2019-12-30 | 2020-01-02 | Dec 30, 2019 – Jan 2, 2020                         | -
      December 30 - January 2, 2015                       | -    | 2014-12-30 | 2015-01-02 | December 30 - January 2, 2015                      | -
      30 May – 2 June 2019                                | -    | 2019-05-30 | 2019-06-02 | 30 May – 2 June 2019                               | -
      16-17 May 2013                                      | -    | 2013-05-16 | 2013-05-17 | 16-17 May 2013                                     | -
      30.05.–02.06.2019                                   | -    | 2019-05-30 | 2019-06-02 | 30.05.–02.06.2019                                  | -
      30.05.2019 - 02.06.2019                             | -    | 2019-05-30 | 2019-06-02 | 30.05.2019 - 02.06.2019                            | -
      02. to 04. September 2011                           | -    | 2011-09-02 | 2011-09-04 | 02. to 04. September 2011                          | -
      12. bis 14. April 2019                              | -    | 2019-04-12 | 2019-04-14 | 12. bis 14. April 2019                             | -
      vom 3. bis zum 5. Mai 2019                          | -    | 2019-05-03 | 2019-05-05 | 3. bis zum 5. Mai 2019                             | -
      12.–14. April 2019                                  | -    | 2019-04-12 | 2019-04-14 | 12.–14. April 2019                                 | -
      du 3 au 5 mai 2019                                  | -    | 2019-05-03 | 2019-05-05 | 3 au 5 mai 2019                                    | -
      3-5 mai 2019                                        | -    | 2019-05-03 | 2019-05-05 | 3-5 mai 2019                                       | -
      le samedi 12 octobre 2019                           | -    | 2019-10-12 | 2019-10-12 | samedi 12 octobre 2019                             | -
      1er juin 2019                                       | -    | 2019-06-01 | 2019-06-01 | 1er juin 2019                                      | -
      lun. 2 sept. 2019                                   | -    | 2019-09-02 | 2019-09-02 | lun. 2 sept. 2019                                  | -
      del 3 al 5 de mayo de 2019                          | -    | 2019-05-03 | 2019-05-05 | 3 al 5 de mayo de 2019                             | -
      3 de mayo de 2019                                   | -    | 2019-05-03 | 2019-05-03 | 3 de mayo de 2019                                  | -
      martes, 3 de septiembre de 2019                     | -    | 2019-09-03 | 2019-09-03 | martes, 3 de septiembre de 2019                    | -
      SÁBADO 4 DE MAYO DE 2019                            | -    | 2019-05-04 | 2019-05-04 | SÁBADO 4 DE MAYO DE 2019                           | -
      sabado 4 de mayo de 2019                            | -    | 2019-05-04 | 2019-05-04 | sabado 4 de mayo de 2019                           | -
      11/09/2011 through 11/11/2011                       | -    | 2011-11-09 | 2011-11-11 | 11/09/2011 through 11/11/2011                      | MONTH_FIRST_DATE@0
      2019-05-03 to 2019-05-05                            | -    | 2019-05-03 | 2019-05-05 | 2019-05-03 to 2019-05-05                           | -
      Saturday, May 22nd                                  | 2021 | 2021-05-22 | 2021-05-22 | Saturday, May 22nd                                 | YEAR_INFERRED@0
      Saturday 12 October 2019 – Sunday 13 October 2019   | -    | 2019-10-12 | 2019-10-13 | Saturday 12 October 2019 – Sunday 13 October 2019  | -
      Sat 12 Oct 2019                                     | -    | 2019-10-12 | 2019-10-12 | Sat 12 Oct 2019                                    | -
      Samstag, 12. Oktober 2019                           | -    | 2019-10-12 | 2019-10-12 | Samstag, 12. Oktober 2019                          | -
      Mittwoch, 1. Januar 2020                            | -    | 2020-01-01 | 2020-01-01 | Mittwoch, 1. Januar 2020                           | -
      am 12. Jänner 2019                                  | -    | 2019-01-12 | 2019-01-12 | 12. Jänner 2019                                    | -
      1st–3rd March 2019                                  | -    | 2019-03-01 | 2019-03-03 | 1st–3rd March 2019                                 | -
      on June 2nd, 2019 at noon                           | -    | 2019-06-02 | 2019-06-02 | June 2nd, 2019                                     | -
      the 4th of July 2019                                | -    | 2019-07-04 | 2019-07-04 | 4th of July 2019                                   | -
      on 3rd October 2016                                 | -    | 2016-10-03 | 2016-10-03 | 3rd October 2016                                   | -
      5 Sept 2019                                         | -    | 2019-09-05 | 2019-09-05 | 5 Sept 2019                                        | -
      Oct. 3–5, 2019                                      | -    | 2019-10-03 | 2019-10-05 | Oct. 3–5, 2019                                     | -
      Tue 03/05/2019                                      | -    | 2019-03-05 | 2019-03-05 | Tue 03/05/2019                                     | -
      Fri 03/05/2019                                      | -    | 2019-05-03 | 2019-05-03 | Fri 03/05/2019                                     | -
      03/05/2019                                          | -    | 2019-05-03 | 2019-05-03 | 03/05/2019                                         | AMBIGUOUS_DATE@0
      15/07/2019                                          | -    | 2019-07-15 | 2019-07-15 | 15/07/2019                                         | -
      due 07/15/2019                                      | -    | 2019-07-15 | 2019-07-15 | 07/15/2019                                         | MONTH_FIRST_DATE@4
      3.–5. Mai                                           | 2019 | 2019-05-03 | 2019-05-05 | 3.–5. Mai                                          | YEAR_INFERRED@0
      el 4 de mayo                                        | 2019 | 2019-05-04 | 2019-05-04 | 4 de mayo                                          | YEAR_INFERRED@3
      This page was last edited on 3 May 2019, at 10:12   | -    | 2019-05-03 | 2019-05-03 | 3 May 2019                                         | -
      Posted 3 May 2019. The event is on 16-17 May 2019.  | -    | 2019-05-16 | 2019-05-17 | 16-17 May 2019                                     | -
      1 January – 15 March 2019                           | -    | 2019-03-15 | 2019-03-15 | 15 March 2019                                      | -
      Saturday 13 May 2019                                | -    | 2019-05-13 | 2019-05-13 | Saturday 13 May 2019                               | PARTLY_READ@0
      so 13 May 2019                                      | -    | 2019-05-13 | 2019-05-13 | 13 May 2019                                        | -
      """)
  void readsDatesAsPeopleWriteThem(
      String text,
      @Nullable Integer hint,
      LocalDate start,
      LocalDate end,
      String matched,
      @Nullable String warning) {
    Dates.DateRange r = Dates.findRange(text, Dates.DateContext.ANY.withYearHint(hint), sink);
    assertThat(r).as(text).isNotNull();
    assertThat(r.start()).isEqualTo(start);
    assertThat(r.end()).isEqualTo(end);
    assertThat(text.substring(r.from(), r.to())).isEqualTo(matched);
    assertThat(warnings).containsExactlyElementsOf(warning == null ? List.of() : List.of(warning));
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "version 4.3",
        "Linux 4.3.1 and 4.4",
        "+49 30 1234567",
        "call +33 1 23 45 67 89",
        "at 10:00",
        "10:00-18:00",
        "10.00–18.00",
        "16 Marketing people, 2013",
        "May 2019",
        "on May 3",
        "31 June 2019",
        "1/2",
        "in 2019",
        "Room 12, floor 3",
        "12345 Berlin",
        "ISBN 978-3-16-148410-0",
        "v2019-05-03",
        "1.2.3.4",
        "192.168.1.10",
        "2019-13-45",
        "5–3 May",
        "30.05.",
        "12 to 14",
        "page 12 of 30",
        "no dates here"
      })
  void readsNoDateOutOfOtherNumbers(String text) {
    assertThat(Dates.findRange(text, Dates.DateContext.ANY, sink)).as(text).isNull();
    assertThat(warnings).isEmpty();
  }

  @Test
  void aDateWithoutYearNeedsAHint() {
    assertThat(Dates.findRange("Saturday, May 22nd", Dates.DateContext.ANY, sink)).isNull();
    assertThat(
            Dates.findRange("Saturday, May 22nd", Dates.DateContext.ANY.withYearHint(2021), sink))
        .isNotNull();
    assertThat(warnings).containsExactly("YEAR_INFERRED@0");
  }

  @Test
  void readsOnlyTheLanguagesAsked() {
    Dates.DateContext english = new Dates.DateContext(null, List.of(Locale.ENGLISH));
    assertThat(Dates.findRange("3 mai 2019", english, sink)).isNull();
    assertThat(Dates.findRange("3 May 2019", english, sink)).isNotNull();
    Dates.DateContext italian = new Dates.DateContext(null, List.of(Locale.ITALIAN));
    assertThat(Dates.findRange("3 maggio 2019", italian, sink).start())
        .isEqualTo(LocalDate.of(2019, 5, 3));
  }

  @Test
  void findsEveryDateInOrder() {
    String text = "Posted 3 May 2019; held 16–17 June 2019 and again on 1er juillet 2019.";
    List<Dates.DateRange> all = Dates.findAll(text, Dates.DateContext.ANY, sink);
    assertThat(all)
        .extracting(r -> text.substring(r.from(), r.to()))
        .containsExactly("3 May 2019", "16–17 June 2019", "1er juillet 2019");
    assertThat(all.get(1).end()).isEqualTo(LocalDate.of(2019, 6, 17));
  }

  @Test
  void monthNamesComeFromLocaleData() {
    assertThat(Dates.month("Sept.")).isEqualTo(java.time.Month.SEPTEMBER);
    assertThat(Dates.month("septem")).isEqualTo(java.time.Month.SEPTEMBER);
    assertThat(Dates.month("Mar")).isEqualTo(java.time.Month.MARCH);
    assertThat(Dates.month("Ma")).isNull();
    assertThat("Sept. 5").containsPattern(Dates.MONTH);
    assertThat("Marketing").doesNotContainPattern("^" + Dates.MONTH + "$");
  }

  @Test
  void scansALargePageInLinearTime() {
    StringBuilder page = new StringBuilder();
    while (page.length() < 1_000_000) {
      page.append("Room 12, floor 3, call +49 30 1234567 at 10:00 about Linux 4.3 and 16 people. ");
    }
    page.append("The event is on 12–14 April 2019.");
    Dates.DateRange r = Dates.findRange(page.toString(), Dates.DateContext.ANY, sink);
    assertThat(r.start()).isEqualTo(LocalDate.of(2019, 4, 12));
  }
}
