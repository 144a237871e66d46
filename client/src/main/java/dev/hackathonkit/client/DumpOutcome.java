package dev.hackathonkit.client;

import static java.util.Objects.requireNonNull;

import dev.hackathonkit.io.ImportResult;
import dev.hackathonkit.io.ProblemCode;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * What a {@link DumpConverter} made of one page of a dump: {@link Converted}, {@link Skipped} or
 * {@link Failed}. Each names the page by its title, namespace and the revision read (0 when there
 * was none); the page's text is not kept.
 */
public sealed interface DumpOutcome
    permits DumpOutcome.Converted, DumpOutcome.Skipped, DumpOutcome.Failed {

  /** The page's title. */
  String title();

  /** The page's namespace number. */
  int namespace();

  /** The revision read, or 0 when the page had none to read. */
  long revisionId();

  /** The wiki's name from the dump's {@code <siteinfo>}, or {@code null}. */
  @Nullable String siteName();

  /** Why a page was skipped: a page that is not an event page, by one of these rules. */
  enum Reason {
    /** Left out by the {@link PageFilter}. */
    FILTERED("filtered"),
    /** A redirect page: its target is a page of its own. */
    REDIRECT("redirect"),
    /** No event on it, or less of it placed than the converter's minimum coverage. */
    NOT_AN_EVENT("not an event page"),
    /** With {@link DumpConverter#withAt}, the page had no revision yet at that moment. */
    NOT_YET("no revision at that time"),
    /** Not wikitext ({@code <model>} is CSS, JavaScript, JSON, Scribunto ...). */
    NOT_WIKITEXT("not wikitext");

    private final String description;

    Reason(String description) {
      this.description = description;
    }

    /** A few words: {@code not an event page}. */
    public String description() {
      return description;
    }
  }

  /**
   * An event page, read.
   *
   * @param title the page's title
   * @param namespace its namespace number
   * @param revisionId the revision read
   * @param siteName the wiki's name, or {@code null}
   * @param timestamp when the revision was saved, or {@code null} when the dump does not say
   * @param result the event and its import report
   */
  record Converted(
      String title,
      int namespace,
      long revisionId,
      @Nullable String siteName,
      @Nullable Instant timestamp,
      ImportResult result)
      implements DumpOutcome {
    /** Checks the title and result. */
    public Converted {
      requireNonNull(title, "title");
      requireNonNull(result, "result");
    }
  }

  /**
   * A page left out on purpose.
   *
   * @param title the page's title
   * @param namespace its namespace number
   * @param revisionId the revision looked at, or 0
   * @param siteName the wiki's name, or {@code null}
   * @param reason the rule that left it out
   * @param detail the rule's particulars: {@code coverage 3.1 % below 20 %}, {@code to Hackathon
   *     2013}
   * @param result the reading that showed the page is no event page ({@link Reason#NOT_AN_EVENT}),
   *     else {@code null}
   */
  record Skipped(
      String title,
      int namespace,
      long revisionId,
      @Nullable String siteName,
      Reason reason,
      String detail,
      @Nullable ImportResult result)
      implements DumpOutcome {
    /** Checks the title, reason and detail. */
    public Skipped {
      requireNonNull(title, "title");
      requireNonNull(reason, "reason");
      requireNonNull(detail, "detail");
    }
  }

  /**
   * A page that could not be read: its text is not in the dump ({@link MissingText}), or reading it
   * failed (an input limit, a fault of the reader). Other pages are read on.
   *
   * @param title the page's title
   * @param namespace its namespace number
   * @param revisionId the revision, or 0
   * @param siteName the wiki's name, or {@code null}
   * @param missingText why the dump holds no text, or {@code null} when reading failed
   * @param message one line: {@code text deleted (revision 103)}, {@code input of 12000000
   *     characters exceeds ...}
   * @param code the reader's error code ({@link dev.hackathonkit.io.EventFormatException#code()},
   *     such as {@code W202}) when reading failed; {@code null} when there was no text or the
   *     reader broke
   */
  record Failed(
      String title,
      int namespace,
      long revisionId,
      @Nullable String siteName,
      @Nullable MissingText missingText,
      String message,
      @Nullable ProblemCode code)
      implements DumpOutcome {
    /** Checks the title and message. */
    public Failed {
      requireNonNull(title, "title");
      requireNonNull(message, "message");
    }
  }
}
