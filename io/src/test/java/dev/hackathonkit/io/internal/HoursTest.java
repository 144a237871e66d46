package dev.hackathonkit.io.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.MonthDay;
import org.junit.jupiter.api.Test;

class HoursTest {
  private static LocalTime t(int h, int m) {
    return LocalTime.of(h, m);
  }

  @Test
  void readsMeridianRange() {
    Hours.TimeRange r = Hours.findRange("9AM to 5PM");
    assertThat(r.opens()).isEqualTo(t(9, 0));
    assertThat(r.closes()).isEqualTo(t(17, 0));
  }

  @Test
  void readsMinutesAndLowerCaseMeridian() {
    Hours.TimeRange r = Hours.findRange("9:30am-5pm");
    assertThat(r.opens()).isEqualTo(t(9, 30));
    assertThat(r.closes()).isEqualTo(t(17, 0));
  }

  @Test
  void readsTwentyFourHourClockWithEnDash() {
    Hours.TimeRange r = Hours.findRange("09:00\u201317:00");
    assertThat(r.opens()).isEqualTo(t(9, 0));
    assertThat(r.closes()).isEqualTo(t(17, 0));
  }

  @Test
  void lendsMeridianToTheBareEnd() {
    assertThat(Hours.findRange("1-5pm").opens()).isEqualTo(t(13, 0));
    assertThat(Hours.findRange("9-5pm").opens()).isEqualTo(t(9, 0));
  }

  @Test
  void bareNumberPairsAreNotHours() {
    assertThat(Hours.findRange("May 16-17, 2013")).isNull();
    assertThat(Hours.findRange("Linux >3.8 to the platform")).isNull();
  }

  @Test
  void readsDayLineWithYearHint() {
    Hours.DayHours d = Hours.parseDayLine("May 16th: 9AM to 5PM", 2013, Warnings.IGNORE);
    assertThat(d.day()).isEqualTo(MonthDay.of(5, 16));
    assertThat(d.date()).isEqualTo(LocalDate.of(2013, 5, 16));
    assertThat(d.hours().opens()).isEqualTo(t(9, 0));
    assertThat(d.hours().closes()).isEqualTo(t(17, 0));
  }

  @Test
  void readsDayFirstDayLineWithItsOwnYear() {
    Hours.DayHours d =
        Hours.parseDayLine("3 October 2016: 09:30\u201318:00", 2013, Warnings.IGNORE);
    assertThat(d.date()).isEqualTo(LocalDate.of(2016, 10, 3));
    assertThat(d.hours().closes()).isEqualTo(t(18, 0));
  }

  @Test
  void readsNumericDayLine() {
    Hours.DayHours d = Hours.parseDayLine("16/05/2013 9:00-17:00", (Integer) null, Warnings.IGNORE);
    assertThat(d.date()).isEqualTo(LocalDate.of(2013, 5, 16));
  }

  @Test
  void dayLineWithoutDayKeepsHoursOnly() {
    Hours.DayHours d = Hours.parseDayLine("Doors open 9AM to 5PM", 2013, Warnings.IGNORE);
    assertThat(d.day()).isNull();
    assertThat(d.date()).isNull();
    assertThat(d.hours().opens()).isEqualTo(t(9, 0));
    assertThat(Hours.parseDayLine("May 16th: all day", 2013, Warnings.IGNORE)).isNull();
  }
}
