package dev.hackathonkit.io.html;

import dev.hackathonkit.io.ImportProblem;
import dev.hackathonkit.io.Location;
import dev.hackathonkit.io.html.EngineRules.Archive;
import dev.hackathonkit.io.html.EngineRules.Engine;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.Range;
import org.jsoup.select.Elements;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;
import org.jspecify.annotations.Nullable;

/**
 * The part of a parsed HTML page that is the wiki page's content, found by {@link EngineRules}: an
 * archive's toolbar removed and its addresses restored, the engine detected, its title and site
 * read, the content element chosen and the chrome inside it removed. The document is changed in
 * place.
 */
final class PageSelection {
  /**
   * A browser's mark on a page saved with "Save page as" ({@code <!-- saved from
   * url=(0042)https://... -->}).
   */
  private static final Pattern SAVED_FROM = Pattern.compile("^\\s*saved from url=\\(\\d+\\)(\\S+)");

  private static final DateTimeFormatter CAPTURE = DateTimeFormatter.ofPattern("yyyyMMddHHmmss");

  /** Each selector (or comma-joined list of them) parsed once: pages are many, rules few. */
  private static final java.util.Map<String, Evaluator> PARSED =
      new java.util.concurrent.ConcurrentHashMap<>();

  private static Evaluator css(String selector) {
    return PARSED.computeIfAbsent(selector, QueryParser::parse);
  }

  private static Evaluator css(List<String> selectors) {
    return css(String.join(", ", selectors));
  }

  final Engine engine;
  final Element content;
  final @Nullable String pageTitle;
  final @Nullable String site;
  final @Nullable URI url;
  final @Nullable Instant capturedAt;
  final @Nullable String archive;
  final List<ImportProblem> notes;

  private PageSelection(
      Engine engine,
      Element content,
      @Nullable String pageTitle,
      @Nullable String site,
      @Nullable URI url,
      @Nullable Instant capturedAt,
      @Nullable String archive,
      List<ImportProblem> notes) {
    this.engine = engine;
    this.content = content;
    this.pageTitle = pageTitle;
    this.site = site;
    this.url = url;
    this.capturedAt = capturedAt;
    this.archive = archive;
    this.notes = List.copyOf(notes);
  }

  static PageSelection select(Document doc, EngineRules rules, String source) {
    List<ImportProblem> notes = new ArrayList<>();
    URI url = null;
    Instant captured = null;
    String archiveName = null;
    for (Archive a : rules.archives()) {
      if (doc.selectFirst(css(a.detect())) == null) {
        continue;
      }
      archiveName = a.name();
      Pattern rewritten = Pattern.compile(a.rewrittenUrl());
      String[] page = archivedPage(doc, a, rewritten);
      int restored = restore(doc, rewritten);
      int removed = remove(doc, a.toolbar());
      if (page != null) {
        url = uri(page[0]);
        captured = captureTime(page[1]);
      }
      notes.add(
          new ImportProblem(
              HtmlProblem.H103_ARCHIVED_COPY,
              where(source, doc.body()),
              "a copy saved by "
                  + a.name()
                  + (page == null ? "" : " of " + page[0])
                  + (captured == null ? "" : " on " + captured)
                  + "; "
                  + removed
                  + " toolbar element"
                  + (removed == 1 ? "" : "s")
                  + " removed and "
                  + restored
                  + " address"
                  + (restored == 1 ? "" : "es")
                  + " restored"));
      break;
    }
    if (url == null) {
      String saved = savedFrom(doc);
      if (saved != null) {
        url = uri(saved);
        notes.add(
            new ImportProblem(
                HtmlProblem.H104_SAVED_PAGE,
                Location.line(source, 1),
                "a page saved from a browser; its address was " + saved));
      } else {
        Element canonical = doc.selectFirst(css("link[rel=canonical][href~=^https?://]"));
        url = canonical == null ? null : uri(canonical.attr("href"));
      }
    }
    int dropped = remove(doc, rules.alwaysChrome());
    Engine engine = rules.generic();
    for (Engine e : rules.engines()) {
      if (e.detect() != null && doc.selectFirst(css(e.detect())) != null) {
        engine = e;
        break;
      }
    }
    String title = title(doc, engine);
    String site = site(doc, engine);
    Element content = null;
    String matched = null;
    if (engine.detect() != null) {
      for (String sel : engine.content()) {
        content = doc.selectFirst(css(sel));
        if (content != null) {
          matched = sel;
          break;
        }
      }
    } else {
      // the generic rule: the candidate with the most text
      int most = -1;
      for (String sel : engine.content()) {
        for (Element e : doc.select(css(sel))) {
          int n = e.text().length();
          if (n > most) {
            most = n;
            content = e;
            matched = sel;
          }
        }
      }
    }
    if (content == null) {
      content = doc.body();
      notes.add(
          new ImportProblem(
              HtmlProblem.H102_NO_CONTENT_ELEMENT,
              where(source, content),
              "no content element ("
                  + String.join(", ", engine.content())
                  + ") in the page; read its whole body"
                  + " by the rule '"
                  + engine.name()
                  + "'"));
      matched = "body";
    }
    dropped += remove(content, engine.chrome());
    notes.add(
        new ImportProblem(
            HtmlProblem.H101_CONTENT_RULE,
            where(source, content),
            "read the page's content from '"
                + matched
                + "' by the rule '"
                + engine.name()
                + "'; "
                + dropped
                + " element"
                + (dropped == 1 ? "" : "s")
                + " of scripts and site chrome left out, and everything"
                + " outside the content"));
    return new PageSelection(engine, content, title, site, url, captured, archiveName, notes);
  }

  private static Location where(String source, @Nullable Element e) {
    if (e == null) {
      return Location.line(source, 1);
    }
    Range r = e.sourceRange();
    return r.isTracked()
        ? new Location(source, r.start().lineNumber(), r.start().columnNumber())
        : Location.line(source, 1);
  }

  /**
   * Removes every element below {@code root} that one of {@code selectors} matches, in one pass;
   * returns how many.
   */
  private static int remove(Element root, List<String> selectors) {
    if (selectors.isEmpty()) {
      return 0;
    }
    int n = 0;
    Elements found = root.select(css(selectors));
    for (Element e : found) {
      if (e != root && e.parent() != null) {
        e.remove();
        n++;
      }
    }
    return n;
  }

  private static @Nullable String title(Document doc, Engine engine) {
    for (String sel : engine.title()) {
      Element e = doc.selectFirst(css(sel));
      if (e != null && !e.text().isBlank()) {
        String t = e.text().strip();
        if (engine.titleStrip() != null) {
          t = t.replaceFirst(engine.titleStrip(), "").strip();
        }
        return t.isEmpty() ? null : t;
      }
    }
    return null;
  }

  private static @Nullable String site(Document doc, Engine engine) {
    Pattern p = engine.titleSitePattern();
    Element t = doc.selectFirst(css("head > title"));
    if (p == null || t == null) {
      return null;
    }
    Matcher m = p.matcher(t.text().strip());
    return m.matches() ? m.group(1).strip() : null;
  }

  /**
   * The page's original address and capture time, from the archive's script or its own (rewritten)
   * links.
   */
  private static String @Nullable [] archivedPage(Document doc, Archive a, Pattern rewritten) {
    if (a.pageUrlScript() != null) {
      Pattern p = Pattern.compile(a.pageUrlScript());
      for (Element script : doc.select("script")) {
        for (DataNode d : script.dataNodes()) {
          Matcher m = p.matcher(d.getWholeData());
          if (m.find()) {
            return new String[] {m.group(1), m.group(2)};
          }
        }
      }
    }
    for (String sel : a.pageUrl()) {
      for (Element e : doc.select(css(sel))) {
        String v = e.hasAttr("href") ? e.attr("href") : e.attr("content");
        Matcher m = rewritten.matcher(v.strip());
        if (m.matches()) {
          return new String[] {m.group(2), m.group(1)};
        }
      }
    }
    return null;
  }

  /**
   * Rewrites every archive address in an {@code href} or {@code src} back to the original; returns
   * how many.
   */
  private static int restore(Document doc, Pattern rewritten) {
    int n = 0;
    for (Element e : doc.getAllElements()) {
      for (Attribute attr : e.attributes()) {
        String key = attr.getKey();
        if (!key.equals("href") && !key.equals("src")) {
          continue;
        }
        Matcher m = rewritten.matcher(attr.getValue().strip());
        if (m.matches()) {
          String original = m.group(2);
          if (original.startsWith("//")) {
            original = "https:" + original;
          } else if (original.matches("^https?:/[^/].*")) {
            original = original.replaceFirst(":/", "://"); // the archive's own shortening
          }
          attr.setValue(original);
          n++;
        }
      }
    }
    return n;
  }

  private static @Nullable Instant captureTime(String stamp) {
    if (stamp == null || !stamp.matches("\\d{4,14}")) {
      return null;
    }
    // a shortened stamp names the start of its period: 201908 is 1 August 2019, 00:00
    String full = stamp + "00000101000000".substring(stamp.length());
    try {
      return LocalDateTime.parse(full, CAPTURE).toInstant(ZoneOffset.UTC);
    } catch (java.time.format.DateTimeParseException e) {
      return null;
    }
  }

  private static @Nullable String savedFrom(Document doc) {
    for (Node n : doc.childNodes()) {
      if (n instanceof Comment c) {
        Matcher m = SAVED_FROM.matcher(c.getData());
        if (m.find()) {
          return m.group(1);
        }
      }
    }
    Element html = doc.selectFirst(css("html"));
    if (html != null) {
      for (Node n : html.childNodes()) {
        if (n instanceof Comment c) {
          Matcher m = SAVED_FROM.matcher(c.getData());
          if (m.find()) {
            return m.group(1);
          }
        }
      }
    }
    return null;
  }

  private static @Nullable URI uri(String s) {
    try {
      URI u = new URI(s.strip());
      return u.isAbsolute() ? u : null;
    } catch (URISyntaxException e) {
      return null;
    }
  }
}
