package dev.hackathonkit.io.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class CellsTest {
  @Test
  void absentIsAnEmptyCellAndEmptyIsALoneApostrophe() {
    assertThat(Cells.encode(null, true)).isNull();
    assertThat(Cells.encode("", true)).isEqualTo("'");
    assertThat(Cells.decode("")).isNull();
    assertThat(Cells.decode("'")).isEmpty();
  }

  @Test
  void neutralisesEveryFormulaStartAndUndoesItExactly() {
    for (String value :
        List.of(
            "=1+1", "+1", "-minus", "@home", "\tx", "\rx", "''", "'", "'=x", "'\tx", "'{}", "''{}",
            "''=x")) {
      String cell = Cells.encode(value, true);
      assertThat(cell).as(value).isEqualTo("'" + value);
      assertThat(Cells.decode(cell)).as(value).isEqualTo(value);
    }
    assertThat(Cells.encode("plain", true)).isEqualTo("plain");
  }

  @Test
  void withoutNeutralisationOnlyApostrophesThatWouldReadAsTheGuardAreEscaped() {
    assertThat(Cells.encode("=1+1", false)).isEqualTo("=1+1");
    assertThat(Cells.encode("'=1", false)).isEqualTo("''=1");
    assertThat(Cells.decode("''=1")).isEqualTo("'=1");
    assertThat(Cells.decode("=1+1")).isEqualTo("=1+1");
  }

  @Test
  void apostrophesOtherProgramsWroteAsDataAreKept() {
    for (String value :
        List.of(
            "'s-Hertogenbosch",
            "'90s demo revival",
            "'Hello, world' in twenty languages",
            "'t Hooft",
            "'00123",
            "' spaced",
            "'{x}",
            "'''bold''' and ''italic''",
            "''quoted''",
            "'{} and more")) {
      assertThat(Cells.decode(value)).as(value).isEqualTo(value);
      assertThat(Cells.encode(value, true)).as(value).isEqualTo(value);
      assertThat(Cells.encode(value, false)).as(value).isEqualTo(value);
    }
  }

  @Test
  void presentEmptyGroupMarkerIsNoValuesEncoding() {
    for (String value : List.of("{}", "'{}", "''{}", "")) {
      assertThat(Cells.encode(value, true)).isNotEqualTo(Cells.PRESENT_EMPTY_GROUP);
      assertThat(Cells.encode(value, false)).isNotEqualTo(Cells.PRESENT_EMPTY_GROUP);
    }
  }

  @Test
  void itemListRoundTripsEveryPartAndSpecialCharacter() {
    List<ItemList.Item> items =
        List.of(
            new ItemList.Item("Ana <x>; [y] (z) \\", "a@b.org", "", "note (with) ; <brackets>"),
            new ItemList.Item(" leading and trailing ", null, "Corp", null),
            new ItemList.Item("", null, null, null),
            new ItemList.Item("  ", "", "", ""),
            new ItemList.Item("only", null, null, "n"));
    String cell = ItemList.write(items);
    assertThat(ItemList.read(cell)).isEqualTo(items);
  }

  @Test
  void writesContactsReadably() {
    assertThat(
            ItemList.write(
                List.of(
                    new ItemList.Item("Roger Pau Monné", "roger@example.org", "Citrix", null),
                    new ItemList.Item("Lars Kurth", null, null, "or other reps"))))
        .isEqualTo("Roger Pau Monné <roger@example.org> [Citrix]; Lars Kurth (or other reps)");
  }

  @Test
  void rejectsMalformedListsSayingWhatWasExpected() {
    assertThatThrownBy(() -> ItemList.read("Ana <a@b")).hasMessage("a closing '>'");
    assertThatThrownBy(() -> ItemList.read("Ana (n) <a@b>"))
        .hasMessage("parts in the order <...> [...] (...), each once");
    assertThatThrownBy(() -> ItemList.read("Ana <a> tail"))
        .hasMessageStartingWith("'; ' or the end after a closing bracket");
    assertThatThrownBy(() -> ItemList.read("Ana)")).hasMessage("'\\)' for a literal ')'");
  }
}
