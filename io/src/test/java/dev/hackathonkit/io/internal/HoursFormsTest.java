package dev.hackathonkit.io.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** {@link Hours} over the forms pages use, in four languages. */
class HoursFormsTest {
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
      9am–5:30pm                        | 09:00 | 17:30 | 9am–5:30pm
      9AM to 5PM                        | 09:00 | 17:00 | 9AM to 5PM
      9:30 a.m. – 5 p.m.                | 09:30 | 17:00 | 9:30 a.m. – 5 p.m.
      12pm-2pm                          | 12:00 | 14:00 | 12pm-2pm
      10:00–18:00                       | 10:00 | 18:00 | 10:00–18:00
      10:00 - 18:00 Uhr                 | 10:00 | 18:00 | 10:00 - 18:00 Uhr
      9–17 Uhr                          | 09:00 | 17:00 | 9–17 Uhr
      von 9 bis 17 Uhr                  | 09:00 | 17:00 | 9 bis 17 Uhr
      10h–18h                           | 10:00 | 18:00 | 10h–18h
      10h00 - 18h00                     | 10:00 | 18:00 | 10h00 - 18h00
      de 9h à 17h                       | 09:00 | 17:00 | 9h à 17h
      de 9h30 à 17h                     | 09:30 | 17:00 | 9h30 à 17h
      de 10:00 a 18:00                  | 10:00 | 18:00 | 10:00 a 18:00
      desde las 10:00 hasta las 18:00   | 10:00 | 18:00 | 10:00 hasta las 18:00
      09:00 - 09:50 hrs                 | 09:00 | 09:50 | 09:00 - 09:50 hrs
      10.00–18.00                       | 10:00 | 18:00 | 10.00–18.00
      8:00 until 24:00                  | 08:00 | 23:59 | 8:00 until 24:00
      Sat 12 Oct: 10:00–18:00           | 10:00 | 18:00 | 10:00–18:00
      """)
  void findsRanges(String text, LocalTime opens, LocalTime closes, String matched) {
    Hours.TimeRange r = Hours.findRange(text);
    assertThat(r).as(text).isNotNull();
    assertThat(r.opens()).isEqualTo(opens);
    assertThat(r.closes()).isEqualTo(closes);
    assertThat(text.substring(r.from(), r.to())).isEqualTo(matched);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "May 16-17, 2013",
        "Linux >3.8 to the platform",
        "30.05.–02.06.2019",
        "+49 30 1234567",
        "12 to 14 people",
        "18:00-10:00",
        "2019-05-03 to 2019-05-05",
        "page 3 a 5"
      })
  void findsNoRangeInOtherNumbers(String text) {
    assertThat(Hours.findRange(text)).as(text).isNull();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
      from 10:00                 | 10:00 | from 10:00
      Doors open at 9:30         | 09:30 | Doors open at 9:30
      starts at 9am              | 09:00 | starts at 9am
      ab 10 Uhr                  | 10:00 | ab 10 Uhr
      Beginn um 9.30 Uhr         | 09:30 | Beginn um 9.30 Uhr
      à partir de 10h            | 10:00 | à partir de 10h
      dès 9h30                   | 09:30 | dès 9h30
      desde las 10:00            | 10:00 | desde las 10:00
      a partir de las 16:00      | 16:00 | a partir de las 16:00
      """)
  void findsStartsAlone(String text, LocalTime opens, String matched) {
    Hours.TimeRange r = Hours.findStart(text);
    assertThat(r).as(text).isNotNull();
    assertThat(r.opens()).isEqualTo(opens);
    assertThat(r.closes()).isNull();
    assertThat(text.substring(r.from(), r.to())).isEqualTo(matched);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "from 10:00 to 18:00",
        "from 9 to 5",
        "from 2019",
        "ab 10",
        "from 25:00",
        "von 9 bis 17 Uhr"
      })
  void findsNoStartAloneInRangesOrBareNumbers(String text) {
    assertThat(Hours.findStart(text)).as(text).isNull();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      nullValues = "-",
      textBlock =
          """
      Sat 12 Oct: 10:00–18:00                 | 2019 | 2019-10-12 | 10:00 | 18:00
      Samstag, 12. Oktober: 10–18 Uhr         | 2019 | 2019-10-12 | 10:00 | 18:00
      May 16th: 9AM to 5PM                    | 2013 | 2013-05-16 | 09:00 | 17:00
      16/05/2013: 9AM to 5PM                  | -    | 2013-05-16 | 09:00 | 17:00
      vendredi 3 mai : 9h-18h                 | 2019 | 2019-05-03 | 09:00 | 18:00
      sábado 4 de mayo, 10:00-18:00           | 2019 | 2019-05-04 | 10:00 | 18:00
      3 October 2016: 09:30–18:00             | 2013 | 2016-10-03 | 09:30 | 18:00
      Sunday 13 October: from 10:00           | 2019 | 2019-10-13 | 10:00 | -
      """)
  void readsDayLines(
      String line,
      @Nullable Integer hint,
      LocalDate date,
      LocalTime opens,
      @Nullable LocalTime closes) {
    Hours.DayHours d =
        Hours.parseDayLine(line, Dates.DateContext.ANY.withYearHint(hint), Warnings.IGNORE);
    assertThat(d).as(line).isNotNull();
    assertThat(d.date()).isEqualTo(date);
    assertThat(d.day()).isEqualTo(MonthDay.from(date));
    assertThat(d.hours().opens()).isEqualTo(opens);
    assertThat(d.hours().closes()).isEqualTo(closes);
  }

  @Test
  void dayLineWithoutYearKeepsTheDayAndWarnsWhenTheHintIsUsed() {
    Hours.DayHours d =
        Hours.parseDayLine("May 16th: 9AM to 5PM", Dates.DateContext.ANY, Warnings.IGNORE);
    assertThat(d.day()).isEqualTo(MonthDay.of(5, 16));
    assertThat(d.date()).isNull();
    List<String> seen = new ArrayList<>();
    Hours.parseDayLine(
        "May 16th: 9AM to 5PM",
        Dates.DateContext.ANY.withYearHint(2013),
        (kind, offset, message) -> seen.add(kind + "@" + offset));
    assertThat(seen).containsExactly("YEAR_INFERRED@0");
    seen.clear();
    Hours.parseDayLine(
        "May 16th: 9AM to 5PM", 2013, (kind, offset, message) -> seen.add(kind + "@" + offset));
    assertThat(seen).isEmpty();
  }

  @Test
  void oldDayLineNeedsAFullRange() {
    assertThat(Hours.parseDayLine("Sunday 13 October: from 10:00", 2019, Warnings.IGNORE)).isNull();
  }
}
