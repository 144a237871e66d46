package dev.hackathonkit.client;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The JSON shapes of successful Action API answers, read into the client's values: site info,
 * {@code prop=revisions} pages (with their normalisations, redirects and interwiki titles), list
 * items, rendered pages and edit results. Each reads both format versions (2, and 1 for wikis older
 * than MediaWiki 1.25: flags present as {@code ""}, text under {@code "*"}). Errors and warnings
 * are read before this, by {@link ApiTransport}; what is read here has no error member.
 */
final class Answers {

  private static final int MAX_REDIRECT_HOPS = 10;

  private Answers() {}

  /** A {@code meta=siteinfo&siprop=general} answer's {@code general} object. */
  static SiteInfo siteInfo(JsonNode general) {
    return new SiteInfo(
        general.path("sitename").asText(),
        general.path("generator").asText(),
        general.path("mainpage").asText(),
        general.path("server").asText(),
        general.path("articlepath").asText("/$1"),
        general.path("lang").asText(),
        flag(general, "readonly"));
  }

  /** Whether a {@code meta=userinfo&uiprop=rights} answer grants {@code apihighlimits}. */
  static boolean hasHighLimits(JsonNode query) {
    for (JsonNode r : query.path("userinfo").path("rights")) {
      if (r.asText().equals("apihighlimits")) {
        return true;
      }
    }
    return false;
  }

  /**
   * The items of a {@code list=} answer ({@code allpages}, {@code categorymembers}) under {@code
   * listKey}.
   */
  static List<PageRef> pageRefs(JsonNode answer, String listKey) {
    List<PageRef> refs = new ArrayList<>();
    for (JsonNode n : answer.path("query").path(listKey)) {
      refs.add(
          new PageRef(n.path("pageid").asLong(), n.path("ns").asInt(), n.path("title").asText()));
    }
    return refs;
  }

  /** An {@code action=parse} answer's {@code parse} object. */
  static RenderedPage renderedPage(JsonNode parse) {
    List<String> templates = new ArrayList<>();
    parse
        .path("templates")
        .forEach(t -> templates.add(t.has("title") ? t.path("title").asText() : text(t)));
    List<String> categories = new ArrayList<>();
    parse
        .path("categories")
        .forEach(c -> categories.add(c.has("category") ? c.path("category").asText() : text(c)));
    return new RenderedPage(
        parse.path("title").asText(),
        parse.path("pageid").asLong(),
        parse.path("revid").asLong(),
        text(parse.path("text")),
        templates,
        categories,
        text(parse.path("parsetree")));
  }

  /**
   * An {@code action=edit} answer's {@code edit} object whose {@code result} is {@code Success}.
   *
   * @param title the title asked for, if the answer names none
   */
  static EditResult editResult(JsonNode edit, String title) throws IOException {
    Instant ts = edit.hasNonNull("newtimestamp") ? timestamp(edit, "newtimestamp") : null;
    long oldRev = edit.path("oldrevid").asLong(0);
    return new EditResult(
        edit.path("title").asText(title),
        edit.path("pageid").asLong(),
        oldRev,
        edit.path("newrevid").asLong(oldRev),
        ts,
        flag(edit, "new"),
        flag(edit, "nochange"));
  }

  /** When the wiki answered ({@code curtimestamp}), or now if it did not say. */
  static Instant curtimestamp(JsonNode answer) throws IOException {
    return answer.path("curtimestamp").asText("").isEmpty()
        ? Instant.now()
        : timestamp(answer, "curtimestamp");
  }

  /**
   * The ISO 8601 instant in {@code node}'s {@code field}, as MediaWiki writes timestamps ({@code
   * 2024-05-02T09:00:00Z}); anything else is an answer this client cannot use.
   *
   * @throws IOException naming the field and what the wiki answered
   */
  static Instant timestamp(JsonNode node, String field) throws IOException {
    String t = node.path(field).asText();
    try {
      return Instant.parse(t);
    } catch (DateTimeParseException e) {
      throw new IOException(
          "the wiki answered "
              + field
              + " '"
              + (t.length() > 40 ? t.substring(0, 40) + "…" : t)
              + "', expected an ISO 8601 timestamp such as 2024-05-02T09:00:00Z",
          e);
    }
  }

  /**
   * Maps the answers of one batch of titles (the first and its continuations) to one result per
   * requested title, following the batch's normalisations and redirects (at most ten hops). A page
   * sent without revisions in one answer and with them in a continuation is taken with them.
   */
  static List<PageResult> resolve(List<String> requested, List<JsonNode> answers)
      throws IOException {
    Map<String, String> normalized = new HashMap<>();
    Map<String, String> redirects = new HashMap<>();
    Map<String, String> interwiki = new HashMap<>();
    Map<String, JsonNode> pages = new HashMap<>();
    Instant now = answers.isEmpty() ? Instant.now() : curtimestamp(answers.get(0));
    for (JsonNode a : answers) {
      JsonNode q = a.path("query");
      q.path("normalized")
          .forEach(n -> normalized.put(n.path("from").asText(), n.path("to").asText()));
      q.path("redirects")
          .forEach(n -> redirects.put(n.path("from").asText(), n.path("to").asText()));
      q.path("interwiki")
          .forEach(n -> interwiki.put(n.path("title").asText(), n.path("iw").asText()));
      for (JsonNode page : q.path("pages")) {
        String t = page.path("title").asText();
        JsonNode old = pages.get(t);
        if (old == null
            || (old.path("revisions").size() == 0 && page.path("revisions").size() > 0)) {
          pages.put(t, page);
        }
      }
    }
    List<PageResult> out = new ArrayList<>();
    for (String title : requested) {
      List<TitleChange> changes = new ArrayList<>();
      String t = title;
      if (normalized.containsKey(t)) {
        changes.add(new TitleChange(t, normalized.get(t), TitleChange.Kind.NORMALIZED));
        t = normalized.get(t);
      }
      for (int hops = 0; redirects.containsKey(t) && hops < MAX_REDIRECT_HOPS; hops++) {
        changes.add(new TitleChange(t, redirects.get(t), TitleChange.Kind.REDIRECT));
        t = redirects.get(t);
      }
      JsonNode page = pages.containsKey(t) ? pages.get(t) : pages.get(title);
      if (interwiki.containsKey(t)) {
        out.add(
            new PageResult.Invalid(title, changes, "interwiki title (" + interwiki.get(t) + ")"));
      } else if (page == null) {
        out.add(new PageResult.Invalid(title, changes, "the wiki did not answer for this title"));
      } else if (flag(page, "invalid")) {
        out.add(
            new PageResult.Invalid(
                title, changes, page.path("invalidreason").asText("invalid title")));
      } else if (flag(page, "special")) {
        out.add(new PageResult.Invalid(title, changes, "special page"));
      } else if (flag(page, "missing") || page.path("revisions").size() == 0) {
        out.add(
            new PageResult.Missing(
                title, changes, page.path("title").asText(t), page.path("ns").asInt(), now));
      } else {
        MissingText why = missingText(page.path("revisions").get(0));
        if (why != null) {
          out.add(
              new PageResult.TextUnavailable(
                  title,
                  changes,
                  page.path("title").asText(t),
                  page.path("ns").asInt(),
                  page.path("pageid").asLong(),
                  page.path("revisions").get(0).path("revid").asLong(),
                  why));
        } else {
          out.add(new PageResult.Found(title, changes, wikiPage(page, now)));
        }
      }
    }
    return out;
  }

  /** A page of a {@code prop=revisions} answer with its first revision, which has its text. */
  static WikiPage wikiPage(JsonNode page, Instant retrievedAt) throws IOException {
    JsonNode rev = page.path("revisions").get(0);
    JsonNode main = mainSlot(rev);
    JsonNode content = content(main);
    return new WikiPage(
        page.path("title").asText(),
        page.path("ns").asInt(),
        page.path("pageid").asLong(),
        rev.path("revid").asLong(),
        timestamp(rev, "timestamp"),
        content == null ? "" : content.asText(),
        main.path("contentmodel").asText(rev.path("contentmodel").asText("wikitext")),
        retrievedAt);
  }

  /**
   * Where a revision's main text is: {@code slots.main} from MediaWiki 1.32 (when asked with {@code
   * rvslots}), else the revision itself (1.25 to 1.31, and every wiki asked without {@code
   * rvslots}).
   */
  private static JsonNode mainSlot(JsonNode revision) {
    JsonNode main = revision.path("slots").path("main");
    return main.isObject() ? main : revision;
  }

  /**
   * The text in a slot: {@code content} in format version 2, {@code "*"} in version 1; null if
   * none.
   */
  private static @Nullable JsonNode content(JsonNode slot) {
    JsonNode c = slot.get("content");
    if (c == null || c.isNull()) {
      c = slot.get("*");
    }
    return c == null || c.isNull() || c.isContainerNode() ? null : c;
  }

  /**
   * Why a revision came without its main text: the flags {@code texthidden}, {@code textmissing}
   * and {@code textdeleted} on the slot or the revision (the text is left out when the user may not
   * read it; a user who may is sent both the flag and the text, and then the text is read), or no
   * text at all without a flag (a {@code slotsmissing} revision). Null when the text is there.
   */
  static @Nullable MissingText missingText(JsonNode revision) {
    JsonNode main = mainSlot(revision);
    if (content(main) != null) {
      return null;
    }
    for (JsonNode holder : List.of(main, revision)) {
      if (flag(holder, "texthidden")) {
        return MissingText.HIDDEN;
      }
      if (flag(holder, "textdeleted")) {
        return MissingText.DELETED;
      }
    }
    return MissingText.MISSING;
  }

  /**
   * A boolean member in either format version: {@code true} in version 2, present as {@code ""} in
   * version 1 (where absence means false).
   */
  static boolean flag(JsonNode node, String name) {
    JsonNode v = node.get(name);
    return v != null && !v.isNull() && !(v.isBoolean() && !v.booleanValue());
  }

  /** A text member in either format version: the string, or the {@code "*"} of an object. */
  private static String text(JsonNode node) {
    return node.isObject() ? node.path("*").asText("") : node.asText("");
  }
}
