package dev.hackathonkit.io.page;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hackathonkit.io.ImportResult;
import dev.hackathonkit.io.text.RenderedPageReader;
import dev.hackathonkit.io.wikitext.WikitextReader;
import dev.hackathonkit.model.Attendee;
import dev.hackathonkit.model.AttendeeStatus;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A line whose label names a list of attendees ("Maybe: Finn Murphy, Hana Sato") lists people of
 * that list's status; before, the line was taken for a heading and its names were lost while the
 * page still counted as fully placed.
 */
class StatusLineTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Maybe coming: Finn Murphy, Hana Sato        | TENTATIVE",
        "Maybe: Finn Murphy and Hana Sato            | TENTATIVE",
        "Tentative: Finn Murphy, Hana Sato           | TENTATIVE",
        "Invited: Finn Murphy, Hana Sato             | INVITED",
        "Vielleicht: Finn Murphy, Hana Sato          | TENTATIVE"
      })
  void aStatusLabelFollowedByNamesListsThosePeople(String line, AttendeeStatus status)
      throws Exception {
    String wiki =
        "'''Tiny Jam''' is a small event.\n\n'''When:''' 14–15 November 2026\n\n== Who is coming ==\n"
            + "* Priya Nair, Tidepool\n* Gwen Pryce\n\n"
            + line
            + "\n";
    ImportResult w = WikitextReader.standard().read(wiki);
    assertThat(w.event().attendees())
        .extracting(Attendee::name, Attendee::status)
        .contains(
            org.assertj.core.groups.Tuple.tuple("Priya Nair", AttendeeStatus.CONFIRMED),
            org.assertj.core.groups.Tuple.tuple("Finn Murphy", status),
            org.assertj.core.groups.Tuple.tuple("Hana Sato", status));

    String text =
        "Tiny Jam\n\nTiny Jam is a small event.\n\nWhen: 14–15 November 2026\n\nWho is coming\n\n"
            + "• Priya Nair, Tidepool\n• Gwen Pryce\n\n"
            + line
            + "\n";
    ImportResult t = RenderedPageReader.standard().read(text, "tiny-jam.txt");
    assertThat(t.event().attendees())
        .extracting(Attendee::name, Attendee::status)
        .contains(
            org.assertj.core.groups.Tuple.tuple("Finn Murphy", status),
            org.assertj.core.groups.Tuple.tuple("Hana Sato", status));
  }
}
