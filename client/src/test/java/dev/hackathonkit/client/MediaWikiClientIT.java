package dev.hackathonkit.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The client against a real MediaWiki 1.39 (see {@link MediaWikiPeer}). */
class MediaWikiClientIT {

  private static MediaWikiPeer peer;

  @BeforeAll
  static void peer() {
    peer = MediaWikiPeer.get();
  }

  private static String unique(String prefix) {
    return prefix + " " + Long.toString(System.nanoTime(), 36);
  }

  @Test
  void readsSiteInfoAndHighLimitsOfTheBot() throws Exception {
    try (MediaWikiClient bot = peer.bot().build();
        MediaWikiClient anon = peer.anonymous().build()) {
      SiteInfo info = bot.siteInfo();
      assertThat(info.siteName()).isEqualTo("ItWiki");
      assertThat(info.generator()).startsWith("MediaWiki 1.39");
      assertThat(info.readOnly()).isFalse();
      assertThat(bot.titlesPerRequest()).isEqualTo(500);
      assertThat(anon.titlesPerRequest()).isEqualTo(50);
    }
  }

  @Test
  void createsReadsAndRedirectsPagesReportingMissingInvalidAndNormalisedTitles() throws Exception {
    String title = unique("Client page");
    String redirect = unique("Client redirect");
    try (MediaWikiClient bot = peer.bot().build()) {
      PageResult before = bot.page(title);
      assertThat(before).isInstanceOf(PageResult.Missing.class);
      EditResult created =
          bot.edit(EditRequest.basedOn(before, "Hello, café ñandú.\n").summary("create").build());
      assertThat(created.created()).isTrue();
      bot.edit(EditRequest.builder(redirect, "#REDIRECT [[" + title + "]]").createOnly().build());

      String lower = Character.toLowerCase(title.charAt(0)) + title.substring(1).replace(' ', '_');
      List<PageResult> r =
          bot.pages(
              List.of(
                  title,
                  redirect,
                  lower,
                  "Does not exist 42",
                  "Foo[bar]",
                  "Special:Export",
                  "Talk:"),
              ProgressListener.none());
      PageResult.Found found = (PageResult.Found) r.get(0);
      assertThat(found.page().content()).isEqualTo("Hello, café ñandú.");
      assertThat(found.page().revisionId()).isEqualTo(created.newRevisionId());
      assertThat(found.page().timestamp()).isEqualTo(created.newTimestamp());
      assertThat(r.get(1).changes())
          .containsExactly(new TitleChange(redirect, title, TitleChange.Kind.REDIRECT));
      assertThat(((PageResult.Found) r.get(1)).page().title()).isEqualTo(title);
      assertThat(r.get(2)).isInstanceOf(PageResult.Found.class);
      assertThat(r.get(2).changes())
          .extracting(TitleChange::kind)
          .containsExactly(TitleChange.Kind.NORMALIZED);
      assertThat(r.get(3)).isInstanceOf(PageResult.Missing.class);
      assertThat(((PageResult.Invalid) r.get(4)).reason()).contains("invalid characters");
      assertThat(((PageResult.Invalid) r.get(5)).reason()).isEqualTo("special page");
      assertThat(r.get(6)).isInstanceOf(PageResult.Invalid.class);
    }
  }

  @Test
  void readsOldRevisionsByIdAndByDate() throws Exception {
    String title = unique("Client history");
    try (MediaWikiClient bot = peer.bot().build()) {
      EditResult first = bot.edit(EditRequest.builder(title, "first version").createOnly().build());
      Thread.sleep(1100); // revision timestamps have whole seconds
      PageResult read = bot.page(title);
      EditResult second = bot.edit(EditRequest.basedOn(read, "second version").build());
      assertThat(second.newRevisionId()).isGreaterThan(first.newRevisionId());

      assertThat(bot.revision(first.newRevisionId()).orElseThrow().content())
          .isEqualTo("first version");
      PageResult atFirst = bot.pageAt(title, first.newTimestamp());
      assertThat(((PageResult.Found) atFirst).page().revisionId()).isEqualTo(first.newRevisionId());
      assertThat(bot.pageAt(title, first.newTimestamp().minusSeconds(3600)))
          .as("no revision yet an hour before")
          .isInstanceOf(PageResult.Missing.class);
      assertThat(bot.revision(99_999_999)).isEmpty();
    }
  }

  @Test
  void followsRealContinuationAcrossSmallBatches() throws Exception {
    String prefix = unique("Client list");
    try (MediaWikiClient bot = peer.bot().listLimit(3).build()) {
      for (int i = 0; i < 8; i++) {
        bot.edit(
            EditRequest.builder(prefix + "/" + i, "page " + i + " [[Category:" + prefix + "]]")
                .createOnly()
                .build());
      }
      assertThat(bot.allPages(prefix + "/", 0).map(PageRef::title).toList())
          .containsExactlyElementsOf(
              IntStream.range(0, 8).mapToObj(i -> prefix + "/" + i).toList());
      assertThat(bot.categoryMembers(prefix).toList()).hasSize(8);
    }
  }

  @Test
  void refusesWrongBotPasswordWithoutShowingIt() throws Exception {
    String wrong = "abcdefabcdefabcdefabcdefabcdef0123";
    try (MediaWikiClient bad =
        peer.anonymous().botPassword(peer.get("MW_BOT_USER"), wrong).build()) {
      MediaWikiApiException e = catchThrowableOfType(MediaWikiApiException.class, bad::login);
      assertThat(e.code()).isEqualTo(MediaWikiApiException.LOGIN_FAILED);
      assertThat(e.info()).startsWith("Failed");
      assertThat(e.getMessage()).doesNotContain(wrong);
    }
  }

  @Test
  void realEditConflictOverwritesNothing() throws Exception {
    String title = unique("Client conflict");
    try (MediaWikiClient bot = peer.bot().build();
        MediaWikiClient editor = peer.editor().build()) {
      bot.edit(EditRequest.builder(title, "line one\nline two\nline three").createOnly().build());
      PageResult botRead = bot.page(title);
      PageResult editorRead = editor.page(title);
      EditResult theirs =
          editor.edit(
              EditRequest.basedOn(editorRead, "line one by the editor\nline two\nline three")
                  .build());

      EditConflictException e =
          catchThrowableOfType(
              EditConflictException.class,
              () ->
                  bot.edit(
                      EditRequest.basedOn(botRead, "line one by the bot\nline two\nline three")
                          .build()));
      assertThat(e.code()).isEqualTo("editconflict");
      assertThat(e.baseRevisionId()).isEqualTo(((PageResult.Found) botRead).page().revisionId());
      assertThat(e.attemptedText()).startsWith("line one by the bot");
      assertThat(e.current().revisionId()).isEqualTo(theirs.newRevisionId());
      assertThat(e.current().content()).startsWith("line one by the editor");

      PageResult after = bot.page(title);
      assertThat(((PageResult.Found) after).page().content()).startsWith("line one by the editor");
      assertThat(((PageResult.Found) after).page().revisionId()).isEqualTo(theirs.newRevisionId());
    }
  }

  @Test
  void changeSavedInTheSameSecondAsTheBaseRevisionIsStillAConflict() throws Exception {
    try (MediaWikiClient bot = peer.bot().build();
        MediaWikiClient editor = peer.editor().build()) {
      for (int attempt = 1; ; attempt++) {
        String title = unique("Client same second");
        EditResult base =
            bot.edit(EditRequest.builder(title, "first line\nsecond line").createOnly().build());
        PageResult.Found botRead = (PageResult.Found) bot.page(title);
        EditResult theirs =
            editor.edit(
                EditRequest.basedOn(editor.page(title), "first line, the editor's\nsecond line")
                    .build());
        if (!theirs.newTimestamp().equals(base.newTimestamp())) {
          assertThat(attempt).as("tries to get two revisions in the same second").isLessThan(10);
          continue;
        }
        EditConflictException e =
            catchThrowableOfType(
                EditConflictException.class,
                () ->
                    bot.edit(
                        EditRequest.basedOn(botRead, "first line, the bot's\nsecond line")
                            .build()));
        assertThat(e.current().revisionId()).isEqualTo(theirs.newRevisionId());
        assertThat(((PageResult.Found) bot.page(title)).page().content())
            .startsWith("first line, the editor's");
        return;
      }
    }
  }

  @Test
  void createOnlyAndNoChangeAreReported() throws Exception {
    String title = unique("Client create");
    try (MediaWikiClient bot = peer.bot().build()) {
      PageResult missing = bot.page(title);
      bot.edit(EditRequest.basedOn(missing, "text").build());
      EditConflictException e =
          catchThrowableOfType(
              EditConflictException.class,
              () -> bot.edit(EditRequest.basedOn(missing, "other").build()));
      assertThat(e.code()).isEqualTo("articleexists");
      EditResult same = bot.edit(EditRequest.basedOn(bot.page(title), "text").build());
      assertThat(same.noChange()).isTrue();
    }
  }

  @Test
  void waitsOutFakeLagThenReportsMaxlag() throws Exception {
    FakeTime time = new FakeTime();
    peer.fakeLag(7);
    try (MediaWikiClient anon =
        peer.anonymous()
            .sleeper(time)
            .nanoTime(time)
            .retryPolicy(RetryPolicy.defaults().withMaxAttempts(3))
            .build()) {
      MaxlagException e = catchThrowableOfType(MaxlagException.class, anon::siteInfo);
      assertThat(e.lagSeconds()).isEqualTo(7.0);
      assertThat(e.retryAfter()).isEqualTo(Duration.ofSeconds(5));
      assertThat(time.sleeps).containsExactly(Duration.ofSeconds(5), Duration.ofSeconds(5));
    } finally {
      peer.fakeLag(null);
    }
  }

  @Test
  void rendersAndExportsARealPage() throws Exception {
    String title = unique("Client render");
    try (MediaWikiClient bot = peer.bot().build()) {
      bot.edit(
          EditRequest.builder("Template:Greeting", "Hello {{{who|}}}!")
              .summary("template")
              .build());
      bot.edit(
          EditRequest.builder(title, "== Part ==\n{{Greeting|who=world}} [[Category:Greetings]]")
              .createOnly()
              .build());
      RenderedPage parsed = bot.parse(title);
      assertThat(parsed.html()).contains("Hello world!");
      assertThat(parsed.templates()).containsExactly("Template:Greeting");
      assertThat(parsed.categories()).containsExactly("Greetings");
      assertThat(parsed.parseTree())
          .contains(
              "<template lineStart=\"1\"><title>Greeting</title><part><name>who</name>"
                  + "<equals>=</equals><value>world</value></part></template>");

      ByteArrayOutputStream xml = new ByteArrayOutputStream();
      bot.export(List.of(title), xml);
      assertThat(xml.toString(StandardCharsets.UTF_8))
          .contains("<mediawiki", "<title>" + title + "</title>");
      List<ExportedPage> pages = new ArrayList<>();
      bot.exportPages(List.of(title, "Template:Greeting"), pages::add);
      assertThat(pages)
          .extracting(ExportedPage::title)
          .containsExactlyInAnyOrder(title, "Template:Greeting");
      assertThat(pages)
          .filteredOn(p -> p.title().equals(title))
          .singleElement()
          .satisfies(p -> assertThat(p.text()).startsWith("== Part =="));
    }
  }

  @Test
  void sharesTheCallersOkHttpClientAndItsInterceptors() throws Exception {
    AtomicInteger seen = new AtomicInteger();
    OkHttpClient mine =
        new OkHttpClient.Builder()
            .addNetworkInterceptor(
                chain -> {
                  seen.incrementAndGet();
                  assertThat(chain.request().header("User-Agent"))
                      .isEqualTo(MediaWikiPeer.USER_AGENT);
                  return chain.proceed(chain.request());
                })
            .build();
    try (MediaWikiClient anon = peer.anonymous().httpClient(mine).build()) {
      anon.siteInfo();
    }
    assertThat(seen).hasValue(1);
    assertThat(mine.dispatcher().executorService().isShutdown()).isFalse();
    mine.dispatcher().executorService().shutdown();
  }

  @Test
  void timestampsComeFromTheWikisClock() throws Exception {
    try (MediaWikiClient anon = peer.anonymous().build()) {
      PageResult.Missing m = (PageResult.Missing) anon.page(unique("Nothing"));
      assertThat(m.retrievedAt())
          .isBetween(Instant.now().minusSeconds(120), Instant.now().plusSeconds(120));
    }
  }
}
