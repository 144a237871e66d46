package dev.hackathonkit.client;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.function.Consumer;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.jspecify.annotations.Nullable;

/**
 * Reads a MediaWiki {@code Special:Export} XML dump page by page, revision by revision, without
 * holding more than one revision in memory. The XML parser is hardened: a document with a DTD is
 * refused, and external entities are never resolved.
 *
 * <pre>{@code
 * try (InputStream in = Files.newInputStream(dump)) {
 *   ExportReader.read(in, page -> System.out.println(page.title() + " " + page.revisionId()));
 * }
 * }</pre>
 */
public final class ExportReader {

  private static final XMLInputFactory FACTORY = hardenedFactory();

  private ExportReader() {}

  private static XMLInputFactory hardenedFactory() {
    XMLInputFactory f = XMLInputFactory.newFactory();
    f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    f.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
    f.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
    f.setXMLResolver(
        (publicId, systemId, baseUri, ns) -> {
          throw new XMLStreamException("external entity refused: " + systemId);
        });
    return f;
  }

  /**
   * Reads the dump and hands each revision of each page to {@code sink}, in document order. A
   * revision whose text the dump does not hold is handed on too, with {@link
   * ExportedPage#missingText()} saying why: {@code <text deleted="deleted"/>} ({@link
   * MissingText#DELETED}); an empty {@code <text>} that names its text by {@code id} or {@code
   * location} or states a non-zero {@code bytes}, as stub dumps write it, or no {@code <text>} at
   * all ({@link MissingText#NOT_IN_DUMP}). A {@code <page>} without any {@code <revision>} is
   * handed on once as {@link MissingText#NO_REVISION}, revision id 0.
   *
   * @param in the XML ({@code <mediawiki>} root, any export schema version); not closed
   * @param sink receives one {@link ExportedPage} per revision, or one per page without revisions
   * @throws IOException if the XML is malformed, has a DTD, or can't be read
   */
  public static void read(InputStream in, Consumer<ExportedPage> sink) throws IOException {
    read(in, sink, () -> {});
  }

  /**
   * As {@link #read(InputStream, Consumer)}, calling {@code pageEnd} at each {@code </page>}, after
   * its revisions.
   */
  static void read(InputStream in, Consumer<ExportedPage> sink, Runnable pageEnd)
      throws IOException {
    read(in, sink, pageEnd, Long.MAX_VALUE);
  }

  /**
   * As {@link #read(InputStream, Consumer, Runnable)}; a revision's text longer than {@code
   * maxTextChars} is not kept (what is read of it is dropped as it streams) and comes as {@link
   * MissingText#TOO_LARGE}.
   */
  static void read(InputStream in, Consumer<ExportedPage> sink, Runnable pageEnd, long maxTextChars)
      throws IOException {
    XMLStreamReader r = null;
    try {
      r = FACTORY.createXMLStreamReader(in);
      String title = null;
      String siteName = null;
      String redirect = null;
      int ns = 0;
      long pageId = 0;
      int revisions = 0;
      Rev rev = null;
      String path = "";
      while (r.hasNext()) {
        int event = r.next();
        switch (event) {
          case XMLStreamConstants.DTD -> throw new IOException("export XML must not declare a DTD");
          case XMLStreamConstants.ENTITY_REFERENCE ->
              throw new IOException(
                  "export XML must not use entity '" + r.getLocalName() + "'" + at(r));
          case XMLStreamConstants.START_ELEMENT -> {
            String name = r.getLocalName();
            path = path + "/" + name;
            if (path.equals("/mediawiki/siteinfo/sitename")) {
              siteName = text(r, path).strip();
              siteName = siteName.isEmpty() ? null : siteName;
              path = parent(path);
            } else if (path.endsWith("/page/revision")) {
              rev = new Rev();
            } else if (path.endsWith("/page")) {
              title = null;
              redirect = null;
              ns = 0;
              pageId = 0;
              revisions = 0;
            } else if (path.endsWith("/page/redirect")) {
              String target = r.getAttributeValue(null, "title");
              redirect = target == null || target.isBlank() ? "" : target;
            } else if (path.endsWith("/page/title")) {
              title = text(r, path);
              path = parent(path);
            } else if (path.endsWith("/page/ns")) {
              ns = (int) number(text(r, path), r);
              path = parent(path);
            } else if (path.endsWith("/page/id")) {
              pageId = number(text(r, path), r);
              path = parent(path);
            } else if (rev != null && path.endsWith("/revision/id")) {
              rev.id = number(text(r, path), r);
              path = parent(path);
            } else if (rev != null && path.endsWith("/revision/timestamp")) {
              rev.timestamp = instant(text(r, path), r);
              path = parent(path);
            } else if (rev != null
                && (path.endsWith("/contributor/username") || path.endsWith("/contributor/ip"))) {
              rev.contributor = text(r, path);
              path = parent(path);
            } else if (rev != null && path.endsWith("/revision/comment")) {
              rev.comment = text(r, path);
              path = parent(path);
            } else if (rev != null && path.endsWith("/revision/model")) {
              rev.model = text(r, path);
              path = parent(path);
            } else if (rev != null && path.endsWith("/revision/text")) {
              boolean deleted = r.getAttributeValue(null, "deleted") != null;
              String bytes = r.getAttributeValue(null, "bytes");
              boolean stub =
                  r.getAttributeValue(null, "id") != null
                      || r.getAttributeValue(null, "location") != null
                      || (bytes != null && !bytes.trim().equals("0"));
              String text = text(r, path, maxTextChars);
              rev.sawText = true;
              rev.text = text == null ? "" : text;
              if (text == null) {
                rev.missing = MissingText.TOO_LARGE;
              } else if (rev.text.isEmpty() && deleted) {
                rev.missing = MissingText.DELETED;
              } else if (rev.text.isEmpty() && stub) {
                rev.missing = MissingText.NOT_IN_DUMP;
              }
              path = parent(path);
            }
          }
          case XMLStreamConstants.END_ELEMENT -> {
            if (path.endsWith("/page/revision") && rev != null) {
              if (title == null) {
                throw new IOException("revision before the page's <title>" + at(r));
              }
              MissingText missing = rev.sawText ? rev.missing : MissingText.NOT_IN_DUMP;
              sink.accept(
                  new ExportedPage(
                      title,
                      ns,
                      pageId,
                      rev.id,
                      rev.timestamp,
                      rev.contributor,
                      rev.comment,
                      rev.model,
                      missing == null ? rev.text : "",
                      missing,
                      siteName,
                      redirect));
              revisions++;
              rev = null;
            } else if (path.endsWith("/page") && revisions == 0) {
              if (title == null) {
                throw new IOException("<page> without a <title>" + at(r));
              }
              sink.accept(
                  new ExportedPage(
                      title,
                      ns,
                      pageId,
                      0,
                      null,
                      null,
                      null,
                      "wikitext",
                      "",
                      MissingText.NO_REVISION,
                      siteName,
                      redirect));
            }
            if (path.endsWith("/page")) {
              pageEnd.run();
            }
            path = parent(path);
          }
          default -> {}
        }
      }
    } catch (XMLStreamException e) {
      throw new IOException("malformed export XML" + where(e) + ": " + plain(e), e);
    } finally {
      if (r != null) {
        try {
          r.close();
        } catch (XMLStreamException ignored) {
          // closing a reader that failed; the first failure is what matters
        }
      }
    }
  }

  private static final class Rev {
    long id;
    @Nullable Instant timestamp;
    @Nullable String contributor;
    @Nullable String comment;
    String model = "wikitext";
    String text = "";
    boolean sawText;
    @Nullable MissingText missing;
  }

  private static String parent(String path) {
    int i = path.lastIndexOf('/');
    return i <= 0 ? "" : path.substring(0, i);
  }

  /** Reads the text of a simple element; refuses entity references inside it. */
  private static String text(XMLStreamReader r, String path)
      throws XMLStreamException, IOException {
    return java.util.Objects.requireNonNull(text(r, path, Long.MAX_VALUE));
  }

  /**
   * Reads the text of a simple element, or {@code null} when it is longer than {@code max}
   * characters (the rest is read past, not kept); refuses entity references inside it.
   */
  private static @Nullable String text(XMLStreamReader r, String path, long max)
      throws XMLStreamException, IOException {
    StringBuilder sb = new StringBuilder();
    boolean tooLong = false;
    while (true) {
      int e = r.next();
      if (e == XMLStreamConstants.CHARACTERS
          || e == XMLStreamConstants.CDATA
          || e == XMLStreamConstants.SPACE) {
        if (!tooLong && sb.length() + (long) r.getTextLength() > max) {
          tooLong = true;
          sb = new StringBuilder();
        }
        if (!tooLong) {
          sb.append(r.getTextCharacters(), r.getTextStart(), r.getTextLength());
        }
      } else if (e == XMLStreamConstants.END_ELEMENT) {
        return tooLong ? null : sb.toString();
      } else if (e == XMLStreamConstants.ENTITY_REFERENCE) {
        throw new IOException("export XML must not use entity '" + r.getLocalName() + "'" + at(r));
      } else if (e == XMLStreamConstants.START_ELEMENT) {
        throw new IOException("unexpected <" + r.getLocalName() + "> inside " + path + at(r));
      }
    }
  }

  private static long number(String s, XMLStreamReader r) throws IOException {
    try {
      return Long.parseLong(s.trim());
    } catch (NumberFormatException e) {
      throw new IOException("expected a number, got '" + s + "'" + at(r), e);
    }
  }

  private static Instant instant(String s, XMLStreamReader r) throws IOException {
    try {
      return Instant.parse(s.trim());
    } catch (DateTimeParseException e) {
      throw new IOException("expected a timestamp, got '" + s + "'" + at(r), e);
    }
  }

  /** " at line L, column C" from the parser's location, or nothing when it has none. */
  private static String where(XMLStreamException e) {
    javax.xml.stream.Location l = e.getLocation();
    return l == null || l.getLineNumber() < 0
        ? ""
        : " at line " + l.getLineNumber() + ", column " + l.getColumnNumber();
  }

  /**
   * The parser's own words, without the position it puts in front ("ParseError at [row,col]:[47,5]
   * Message: ").
   */
  private static String plain(XMLStreamException e) {
    String m = String.valueOf(e.getMessage());
    int message = m.indexOf("Message: ");
    return (message >= 0 ? m.substring(message + "Message: ".length()) : m)
        .replace('\n', ' ')
        .strip();
  }

  private static String at(XMLStreamReader r) {
    return " at line "
        + r.getLocation().getLineNumber()
        + ", column "
        + r.getLocation().getColumnNumber();
  }
}
