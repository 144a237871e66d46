package dev.hackathonkit.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.hackathonkit.io.ImportResult;
import dev.hackathonkit.io.json.JsonEventCodec;
import dev.hackathonkit.model.Attendee;
import dev.hackathonkit.model.AttendeeStatus;
import dev.hackathonkit.model.Event;
import dev.hackathonkit.model.Topic;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The May 2013 hackathon page through a real MediaWiki: created from its wikitext, imported back
 * and compared with the golden event, published after a change and read back, and a publish that
 * would overwrite someone else's change refused.
 */
class WikiEventIT {

  private static final String TITLE = "Archived/Hackathon/May2013";
  private static MediaWikiPeer peer;
  private static Event golden;

  @BeforeAll
  static void setUp() throws Exception {
    peer = MediaWikiPeer.get();
    golden =
        JsonEventCodec.standard()
            .read(
                new StringReader(MediaWikiPeer.resource("/golden/xen-hackathon-may2013.json")),
                "golden")
            .event();
  }

  private static Event withoutSource(Event e) {
    return e.toBuilder().source(null).build();
  }

  @Test
  void importsTheMay2013PageAsTheGoldenEventThenPublishesChangesSafely() throws Exception {
    try (MediaWikiClient bot = peer.bot().build();
        MediaWikiClient editor = peer.editor().build()) {
      peer.installTemplates(bot);
      String markup =
          MediaWikiPeer.resource("/dev/hackathonkit/io/wikitext/xen-hackathon-may2013.wiki");
      EditResult created =
          bot.edit(EditRequest.builder(TITLE, markup).summary("the May 2013 page").build());

      // import back: the golden event, with the source naming this wiki and revision
      WikiImporter importer = WikiImporter.of(bot);
      ImportResult imported = importer.importPage(TITLE);
      assertThat(imported.event().source().site()).isEqualTo("ItWiki");
      assertThat(imported.event().source().page()).isEqualTo(TITLE);
      assertThat(imported.event().source().revisionId()).isEqualTo(created.newRevisionId());
      assertThat(imported.event().source().url())
          .hasToString(peer.get("MW_BASE_URL") + "/index.php/" + TITLE);
      assertThat(withoutSource(imported.event())).isEqualTo(withoutSource(golden));

      // publish an edited event and read it back
      Event edited =
          imported.event().toBuilder()
              .attendees(
                  afterLastConfirmed(
                      imported.event().attendees(),
                      new Attendee("Ada Example", "Example Org", AttendeeStatus.CONFIRMED)))
              .build();
      WikiPublisher publisher = WikiPublisher.of(bot).withSummary("add an attendee");
      EditResult published = publisher.publish(edited, TITLE);
      assertThat(published.oldRevisionId()).isEqualTo(created.newRevisionId());
      ImportResult back = importer.importPage(TITLE);
      assertThat(back.event().source().revisionId()).isEqualTo(published.newRevisionId());
      assertThat(withoutSource(back.event())).isEqualTo(withoutSource(edited));
      // the page was edited in place: the original markup with one line added after the last
      // confirmed attendee
      String saved = ((PageResult.Found) bot.page(TITLE)).page().content();
      String last = "* " + lastConfirmed(imported.event()) + "\n";
      assertThat(saved)
          .isEqualTo(markup.strip().replace(last, last + "* Ada Example, Example Org\n"));

      // publishing the same event again makes no new revision
      EditResult again = publisher.publish(back.event(), TITLE);
      assertThat(again.noChange()).isTrue();

      // someone else changes the first topic's title after we read the page: our publish is refused
      Topic first = back.event().topics().get(0);
      PageResult.Found theirRead = (PageResult.Found) editor.page(TITLE);
      String theirText =
          theirRead
              .page()
              .content()
              .replace(
                  "|Project=" + first.title() + "\n",
                  "|Project=" + first.title() + " (renamed by the editor)\n");
      assertThat(theirText).isNotEqualTo(theirRead.page().content());
      EditResult theirs =
          editor.edit(EditRequest.basedOn(theirRead, theirText).summary("rename").build());

      List<Topic> topics = new ArrayList<>(back.event().topics());
      topics.set(0, first.toBuilder().title(first.title() + " (renamed by us)").build());
      Event ours = back.event().toBuilder().topics(topics).build();
      UnplacedChangesException conflict =
          catchThrowableOfType(
              UnplacedChangesException.class, () -> publisher.publish(ours, TITLE));
      assertThat(conflict.pageChanged()).isTrue();
      assertThat(conflict.unplaced())
          .extracting(u -> u.path())
          .containsExactly("topics[" + first.id() + "].title");

      PageResult.Found now = (PageResult.Found) bot.page(TITLE);
      assertThat(now.page().revisionId()).isEqualTo(theirs.newRevisionId());
      assertThat(now.page().content()).isEqualTo(theirText).doesNotContain("(renamed by us)");
    }
  }

  /** The last confirmed attendee as the page lists it: "Name, Affiliation". */
  private static String lastConfirmed(Event event) {
    Attendee last = null;
    for (Attendee a : event.attendees()) {
      if (a.status() == AttendeeStatus.CONFIRMED) {
        last = a;
      }
    }
    return last.name() + (last.affiliation() == null ? "" : ", " + last.affiliation());
  }

  /**
   * The list with {@code a} after its last confirmed attendee, where a reader of the page finds it.
   */
  private static List<Attendee> afterLastConfirmed(List<Attendee> list, Attendee a) {
    List<Attendee> out = new ArrayList<>(list);
    int at = 0;
    for (int i = 0; i < list.size(); i++) {
      if (list.get(i).status() == AttendeeStatus.CONFIRMED) {
        at = i + 1;
      }
    }
    out.add(at, a);
    return out;
  }
}
