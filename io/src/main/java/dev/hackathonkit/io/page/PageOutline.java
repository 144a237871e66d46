package dev.hackathonkit.io.page;

import static java.util.Objects.requireNonNull;

import dev.hackathonkit.io.ImportProblem;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A page reduced to the structure every syntax shares: headings, lines of text, list items, tables
 * with their cells laid out on a grid, and (from wikitext only) template calls with their
 * arguments. The wikitext, rendered-text and HTML front ends each build one; a {@link PageProfile}
 * then maps it to an event with {@link PageCore#read}. Text in the outline is what a reader of the
 * page sees (markup removed, character references decoded); marks keep the few inline facts the
 * mapper needs (bold, struck-through, links).
 *
 * <p>Every block carries its {@link Position} in the input, so that problems and unmapped parts
 * name their line and column and coverage counts the input's characters.
 *
 * @param source the input's name, for locations
 * @param input the whole input the positions refer to
 * @param pageTitle the page's title as the page shows it (a rendered page's first line), or {@code
 *     null}
 * @param site the wiki's name as the page shows it (a rendered page's {@code From X} line), or
 *     {@code null}
 * @param header where the page's title and site lines are, when the front end read them from the
 *     input (they go to the event's source)
 * @param blocks the page's blocks in order (a {@link CompactBlocks} list is kept as it is, others
 *     are copied)
 * @param hidden where markup is whose text a reader does not see in place (footnotes, galleries):
 *     listed as not placed
 * @param problems problems the front end found (markup that does not close), in input order
 */
public record PageOutline(
    String source,
    String input,
    @Nullable String pageTitle,
    @Nullable String site,
    List<Position> header,
    List<Block> blocks,
    List<Position> hidden,
    List<ImportProblem> problems) {

  /** Checks and copies. */
  public PageOutline {
    requireNonNull(source, "source");
    requireNonNull(input, "input");
    header = List.copyOf(header);
    blocks = blocks instanceof CompactBlocks ? blocks : List.copyOf(blocks);
    hidden = List.copyOf(hidden);
    problems = List.copyOf(problems);
  }

  /**
   * Where a block or cell is: offsets into the input ({@code start} inclusive, {@code end}
   * exclusive) and the 1-based line and column of its start.
   *
   * @param start first offset
   * @param end offset after the last character
   * @param line 1-based line of {@code start}
   * @param column 1-based column of {@code start}
   */
  public record Position(int start, int end, int line, int column) {
    /** Checks the numbers. */
    public Position {
      if (start < 0 || end < start || line < 1 || column < 1) {
        throw new IllegalArgumentException(
            "bad position " + start + ".." + end + " at " + line + ":" + column);
      }
    }
  }

  /**
   * Text as a reader sees it, with marks over parts of it.
   *
   * @param text the text: markup removed, list items inside it as {@code "- "} lines
   * @param marks bold, struck-through and linked ranges of {@code text}
   * @param calls template calls inside the text (wikitext only), which give no text themselves:
   *     what they stand for depends on the profile (a "not applicable" template, a vote)
   */
  public record Inline(String text, List<Mark> marks, List<Call> calls) {
    /** Checks and copies. */
    public Inline {
      requireNonNull(text, "text");
      marks = List.copyOf(marks);
      calls = List.copyOf(calls);
    }

    /** Text without marks. */
    public static Inline of(String text) {
      return new Inline(text, List.of(), List.of());
    }

    /** The marks of one kind, in order. */
    public List<Mark> marks(Mark.Kind kind) {
      // counted first: most texts have no marks of the kind, or only marks of it
      int n = 0;
      for (Mark m : marks) {
        if (m.kind() == kind) {
          n++;
        }
      }
      if (n == 0 || n == marks.size()) {
        return n == 0 ? List.of() : marks;
      }
      Mark[] of = new Mark[n];
      int k = 0;
      for (Mark m : marks) {
        if (m.kind() == kind) {
          of[k++] = m;
        }
      }
      return List.of(of);
    }
  }

  /**
   * A range of an {@link Inline}'s text with a meaning.
   *
   * @param kind what the range is
   * @param from first offset in the text
   * @param to offset after the range
   * @param target a link's target (page title, user name or URL), else {@code null}
   */
  public record Mark(Kind kind, int from, int to, @Nullable String target) {
    /** What a marked range is. */
    public enum Kind {
      /** Bold text ({@code '''x'''}, {@code <b>}). */
      BOLD,
      /** Struck-through text ({@code <s>}, {@code <del>}, {@code <strike>}): withdrawn. */
      STRUCK,
      /** A link to a wiki page; the target is the page title. */
      LINK,
      /** A link to a user's page; the target is the user name. */
      USER,
      /** A link to a URL; the target is the URL. */
      EXTERNAL
    }

    /** Checks the range. */
    public Mark {
      requireNonNull(kind, "kind");
      if (from < 0 || to < from) {
        throw new IllegalArgumentException("bad mark range " + from + ".." + to);
      }
    }
  }

  /**
   * A template call inside running text, such as {@code {{N/A}}} or {@code {{Vote|signature}}}.
   *
   * @param name the template's name as written (trimmed)
   * @param at the offset in the {@link Inline}'s text where the call stands
   * @param args the arguments in order
   * @param position where the call is in the input
   */
  public record Call(String name, int at, List<Argument> args, Position position) {
    /** Checks and copies. */
    public Call {
      requireNonNull(name, "name");
      args = List.copyOf(args);
      requireNonNull(position, "position");
    }

    /**
     * The argument named {@code key} ({@code "1"} for the first positional one), or {@code null}.
     */
    public @Nullable Argument arg(String key) {
      int positional = 0;
      Argument found = null;
      for (Argument a : args) {
        String name = a.name() != null ? a.name() : Integer.toString(++positional);
        if (name.equals(key)) {
          found = a; // MediaWiki: the last one of a name wins
        }
      }
      return found;
    }
  }

  /**
   * One block of the page. The permitted types are {@link Heading}, {@link Line}, {@link Item},
   * {@link Table} and {@link Template}.
   */
  public sealed interface Block permits Heading, Line, Item, Table, Template {
    /** Where the block is in the input. */
    Position at();
  }

  /**
   * A section heading.
   *
   * @param level 1 to 6 as in the markup; 0 when the syntax does not tell (rendered text)
   * @param text the heading's text
   * @param at where it is
   */
  public record Heading(int level, Inline text, Position at) implements Block {
    /** Checks. */
    public Heading {
      requireNonNull(text, "text");
      requireNonNull(at, "at");
    }
  }

  /**
   * One line of running text (a paragraph's line, a preformatted line, a term and its definition as
   * {@code term: definition}).
   *
   * @param text the line's text
   * @param alone whether blank lines (or the page's edges) stand before and after it, as around a
   *     heading or a title
   * @param at where it is
   */
  public record Line(Inline text, boolean alone, Position at) implements Block {
    /** Checks. */
    public Line {
      requireNonNull(text, "text");
      requireNonNull(at, "at");
    }
  }

  /**
   * A list item.
   *
   * @param depth nesting depth, 1 for a top-level item
   * @param numbered whether the list is numbered ({@code #}, {@code <ol>}, {@code 1.})
   * @param text the item's own text (nested items are items of their own)
   * @param at where it is
   */
  public record Item(int depth, boolean numbered, Inline text, Position at) implements Block {
    /** Checks. */
    public Item {
      requireNonNull(text, "text");
      requireNonNull(at, "at");
      if (depth < 1) {
        throw new IllegalArgumentException("depth must be >= 1: " + depth);
      }
    }
  }

  /**
   * A table laid out on a grid: a cell spanning rows or columns is repeated in each of them, so
   * every row has the same number of cells.
   *
   * @param rows the rows, header rows first as the table has them
   * @param at where the table is
   */
  public record Table(List<Row> rows, Position at) implements Block {
    /** Checks and copies. */
    public Table {
      rows = List.copyOf(rows);
      requireNonNull(at, "at");
    }
  }

  /**
   * One row of a {@link Table}.
   *
   * @param cells the row's cells, one per grid column
   * @param at where the row is
   */
  public record Row(List<Cell> cells, Position at) {
    /** Checks and copies. */
    public Row {
      cells = List.copyOf(cells);
      requireNonNull(at, "at");
    }

    /** Whether every cell is a header cell. */
    public boolean isHeader() {
      return !cells.isEmpty() && cells.stream().allMatch(Cell::header);
    }
  }

  /**
   * One cell of a {@link Table}.
   *
   * @param text the cell's text
   * @param header whether it is a header cell
   * @param at where the cell is (a spanned cell repeats its origin's position)
   */
  public record Cell(Inline text, boolean header, Position at) {
    /** Checks. */
    public Cell {
      requireNonNull(text, "text");
      requireNonNull(at, "at");
    }
  }

  /**
   * A template call standing on its own (wikitext only): an infobox, a topic entry.
   *
   * @param name the template's name as written (trimmed)
   * @param args the arguments in order
   * @param at where the call is
   */
  public record Template(String name, List<Argument> args, Position at) implements Block {
    /** Checks and copies. */
    public Template {
      requireNonNull(name, "name");
      args = List.copyOf(args);
      requireNonNull(at, "at");
    }
  }

  /**
   * One argument of a {@link Template}.
   *
   * @param name the argument's name (trimmed), or {@code null} for a positional argument
   * @param value the value's text (edges trimmed as MediaWiki trims named arguments)
   * @param raw the value's markup (edges trimmed), for messages and extra fields
   * @param at where the whole argument is
   */
  public record Argument(@Nullable String name, Inline value, String raw, Position at) {
    /** Checks. */
    public Argument {
      requireNonNull(value, "value");
      requireNonNull(raw, "raw");
      requireNonNull(at, "at");
    }
  }
}
