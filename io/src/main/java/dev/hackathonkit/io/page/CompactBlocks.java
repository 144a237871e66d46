package dev.hackathonkit.io.page;

import static java.util.Objects.requireNonNull;

import dev.hackathonkit.io.page.PageOutline.Argument;
import dev.hackathonkit.io.page.PageOutline.Block;
import dev.hackathonkit.io.page.PageOutline.Call;
import dev.hackathonkit.io.page.PageOutline.Cell;
import dev.hackathonkit.io.page.PageOutline.Heading;
import dev.hackathonkit.io.page.PageOutline.Inline;
import dev.hackathonkit.io.page.PageOutline.Item;
import dev.hackathonkit.io.page.PageOutline.Line;
import dev.hackathonkit.io.page.PageOutline.Mark;
import dev.hackathonkit.io.page.PageOutline.Position;
import dev.hackathonkit.io.page.PageOutline.Row;
import dev.hackathonkit.io.page.PageOutline.Table;
import dev.hackathonkit.io.page.PageOutline.Template;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.RandomAccess;
import org.jspecify.annotations.Nullable;

/**
 * An outline's blocks held as bytes, each block made again when it is asked for: a large page's
 * outline as objects (a record per block, text, argument, mark and position) is several times the
 * page's size, and held this way it is a fraction of it. Text that stands in the input as it is
 * (most template values and their markup, names, link targets) is held as its place in the input;
 * positions relative to their block's.
 *
 * <p>The list is immutable and {@link RandomAccess}; {@link #get(int)} gives a block equal to the
 * one added (a new object each time, but for a few recently asked ones), in which a table cell that
 * stood in several places of its grid (spanning rows or columns) is again one object. A {@link
 * PageOutline} keeps such a list as it is instead of copying it.
 *
 * <pre>{@code
 * CompactBlocks.Builder blocks = CompactBlocks.builder(markup);
 * blocks.add(new PageOutline.Heading(2, Inline.of("Topics"), at));
 * PageOutline outline = new PageOutline(name, markup, null, null, List.of(), blocks.build(), List.of(), List.of());
 * }</pre>
 */
public final class CompactBlocks extends AbstractList<Block> implements RandomAccess {
  /**
   * From how many characters of input the front ends hold a page's blocks this way: 16 Mi, eight
   * times the largest page MediaWiki stores by default ({@code $wgMaxArticleSize}, 2 MiB). Below it
   * the blocks as objects fit in a 256 MiB heap beside the page and its event, and making a block
   * again each time it is asked for would cost a page a third to a half of its reading speed.
   */
  public static final int FROM_CHARS = 1 << 24;

  /**
   * How far into the input, in characters, from the start of the text's block a text is looked for.
   */
  private static final int SEARCH_WINDOW = 1024;

  private static final int CACHED = 16;

  // block kinds
  private static final int HEADING = 0;
  private static final int LINE = 1;
  private static final int ITEM = 2;
  private static final int TABLE = 3;
  private static final int TEMPLATE = 4;

  // string forms
  private static final int NULL = 0;
  private static final int SLICE = 1;
  private static final int LATIN1 = 2;
  private static final int UTF16 = 3;
  private static final int SAME = 4;

  private final String input;
  private final byte[] bytes;
  private final int[] starts;
  private final int size;

  /**
   * Blocks made recently, by index modulo {@link #CACHED}: a mapper asks for a block and its
   * neighbours.
   */
  private final Cached[] cache = new Cached[CACHED];

  private record Cached(int index, Block block) {}

  private CompactBlocks(String input, byte[] bytes, int[] starts, int size) {
    this.input = input;
    this.bytes = bytes;
    this.starts = starts;
    this.size = size;
  }

  /**
   * A builder for the blocks of {@code input}.
   *
   * @param input the whole input the blocks' positions refer to
   */
  public static Builder builder(String input) {
    return new Builder(requireNonNull(input, "input"));
  }

  @Override
  public int size() {
    return size;
  }

  @Override
  public Block get(int index) {
    if (index < 0 || index >= size) {
      throw new IndexOutOfBoundsException("index " + index + " of " + size + " blocks");
    }
    Cached c = cache[index % CACHED];
    if (c != null && c.index() == index) {
      return c.block();
    }
    Block b = new Reader(starts[index]).block();
    cache[index % CACHED] = new Cached(index, b);
    return b;
  }

  /** Collects blocks in page order. Not thread-safe. */
  public static final class Builder {
    private final String input;
    private byte[] buf = new byte[256];
    private int len;
    private int[] starts = new int[16];
    private int size;

    /** The block's position, which the positions and texts inside it are relative to. */
    private int baseStart;

    private int baseLine;
    private @Nullable String previous;

    private Builder(String input) {
      this.input = input;
    }

    /**
     * Adds a block after those added.
     *
     * @param block the block; its positions are in the builder's input
     * @return this builder
     */
    public Builder add(Block block) {
      requireNonNull(block, "block");
      if (size == starts.length) {
        starts = Arrays.copyOf(starts, size * 2);
      }
      starts[size++] = len;
      Position at = block.at();
      baseStart = 0;
      baseLine = 0;
      previous = null;
      if (block instanceof Heading h) {
        writeByte(HEADING);
        position(at);
        begin(at);
        writeVar(h.level());
        inline(h.text());
      } else if (block instanceof Line l) {
        writeByte(LINE);
        position(at);
        begin(at);
        writeByte(l.alone() ? 1 : 0);
        inline(l.text());
      } else if (block instanceof Item it) {
        writeByte(ITEM);
        position(at);
        begin(at);
        writeVar(it.depth());
        writeByte(it.numbered() ? 1 : 0);
        inline(it.text());
      } else if (block instanceof Table t) {
        writeByte(TABLE);
        position(at);
        begin(at);
        writeVar(t.rows().size());
        // a cell spanning rows or columns is the same object in each grid place, and stays so
        Map<Cell, Integer> seen = new IdentityHashMap<>();
        for (Row r : t.rows()) {
          position(r.at());
          writeVar(r.cells().size());
          for (Cell c : r.cells()) {
            Integer earlier = seen.get(c);
            if (earlier != null) {
              writeVar(earlier + 1);
              continue;
            }
            writeVar(0);
            seen.put(c, seen.size());
            position(c.at());
            writeByte(c.header() ? 1 : 0);
            inline(c.text());
          }
        }
      } else if (block instanceof Template t) {
        writeByte(TEMPLATE);
        position(at);
        begin(at);
        string(t.name());
        arguments(t.args());
      }
      return this;
    }

    /** The blocks added. The builder is not to be used afterwards. */
    public CompactBlocks build() {
      return new CompactBlocks(input, Arrays.copyOf(buf, len), Arrays.copyOf(starts, size), size);
    }

    private void begin(Position at) {
      baseStart = at.start();
      baseLine = at.line();
    }

    private void inline(Inline in) {
      string(in.text());
      writeVar(in.marks().size());
      for (Mark m : in.marks()) {
        writeByte(m.kind().ordinal());
        writeVar(m.from());
        writeVar(m.to() - m.from());
        string(m.target());
      }
      writeVar(in.calls().size());
      for (Call c : in.calls()) {
        string(c.name());
        writeVar(c.at());
        position(c.position());
        arguments(c.args());
      }
    }

    private void arguments(List<Argument> args) {
      writeVar(args.size());
      for (Argument a : args) {
        position(a.at());
        string(a.name());
        inline(a.value());
        string(a.raw());
      }
    }

    private void position(Position p) {
      writeSigned(p.start() - baseStart);
      writeVar(p.end() - p.start());
      writeSigned(p.line() - baseLine);
      writeVar(p.column());
    }

    private void string(@Nullable String s) {
      if (s == null) {
        writeByte(NULL);
        return;
      }
      if (s.equals(previous)) {
        writeByte(SAME);
        return;
      }
      previous = s;
      int at = find(s);
      if (at >= 0) {
        writeByte(SLICE);
        writeSigned(at - baseStart);
        writeVar(s.length());
        return;
      }
      boolean latin1 = true;
      for (int i = 0; i < s.length() && latin1; i++) {
        latin1 = s.charAt(i) <= 0xFF;
      }
      writeByte(latin1 ? LATIN1 : UTF16);
      writeVar(s.length());
      for (int i = 0; i < s.length(); i++) {
        char c = s.charAt(i);
        if (!latin1) {
          writeByte(c >>> 8);
        }
        writeByte(c & 0xFF);
      }
    }

    /** Where {@code s} stands in the input near the block's start, or -1. */
    private int find(String s) {
      int n = s.length();
      if (n == 0) {
        return baseStart;
      }
      char first = s.charAt(0);
      int last = Math.min(input.length() - n, baseStart + SEARCH_WINDOW);
      for (int i = baseStart; i <= last; i++) {
        if (input.charAt(i) == first && input.startsWith(s, i)) {
          return i;
        }
      }
      return -1;
    }

    private void writeSigned(int v) {
      writeVar((v << 1) ^ (v >> 31));
    }

    private void writeVar(int v) {
      while ((v & ~0x7F) != 0) {
        writeByte((v & 0x7F) | 0x80);
        v >>>= 7;
      }
      writeByte(v);
    }

    private void writeByte(int b) {
      if (len == buf.length) {
        buf = Arrays.copyOf(buf, buf.length * 2);
      }
      buf[len++] = (byte) b;
    }
  }

  /** Makes one block from its bytes. */
  private final class Reader {
    private int p;
    private int baseStart;
    private int baseLine;
    private @Nullable String previous;

    Reader(int p) {
      this.p = p;
    }

    Block block() {
      int kind = readByte();
      Position at = position();
      baseStart = at.start();
      baseLine = at.line();
      switch (kind) {
        case HEADING -> {
          return new Heading(readVar(), inline(), at);
        }
        case LINE -> {
          boolean alone = readByte() == 1;
          return new Line(inline(), alone, at);
        }
        case ITEM -> {
          int depth = readVar();
          boolean numbered = readByte() == 1;
          return new Item(depth, numbered, inline(), at);
        }
        case TABLE -> {
          int rows = readVar();
          List<Row> out = new ArrayList<>(rows);
          List<Cell> distinct = new ArrayList<>();
          for (int r = 0; r < rows; r++) {
            Position rowAt = position();
            int cells = readVar();
            List<Cell> row = new ArrayList<>(cells);
            for (int c = 0; c < cells; c++) {
              int earlier = readVar();
              if (earlier > 0) {
                row.add(distinct.get(earlier - 1));
                continue;
              }
              Position cellAt = position();
              boolean header = readByte() == 1;
              Cell cell = new Cell(inline(), header, cellAt);
              distinct.add(cell);
              row.add(cell);
            }
            out.add(new Row(row, rowAt));
          }
          return new Table(out, at);
        }
        case TEMPLATE -> {
          String name = string();
          return new Template(name, arguments(), at);
        }
        default -> throw new IllegalStateException("bad block kind " + kind);
      }
    }

    private Inline inline() {
      String text = string();
      int marks = readVar();
      List<Mark> ms = marks == 0 ? List.of() : new ArrayList<>(marks);
      for (int i = 0; i < marks; i++) {
        Mark.Kind kind = Mark.Kind.values()[readByte()];
        int from = readVar();
        int to = from + readVar();
        ms.add(new Mark(kind, from, to, nullableString()));
      }
      int calls = readVar();
      List<Call> cs = calls == 0 ? List.of() : new ArrayList<>(calls);
      for (int i = 0; i < calls; i++) {
        String name = string();
        int at = readVar();
        Position position = position();
        cs.add(new Call(name, at, arguments(), position));
      }
      return new Inline(text, ms, cs);
    }

    private List<Argument> arguments() {
      int n = readVar();
      List<Argument> args = new ArrayList<>(n);
      for (int i = 0; i < n; i++) {
        Position at = position();
        String name = nullableString();
        Inline value = inline();
        args.add(new Argument(name, value, string(), at));
      }
      return args;
    }

    private Position position() {
      int start = baseStart + readSigned();
      int end = start + readVar();
      int line = baseLine + readSigned();
      return new Position(start, end, line, readVar());
    }

    /**
     * A string the writer wrote from a non-null value (only a mark's target and an argument's name
     * are null).
     */
    private String string() {
      return java.util.Objects.requireNonNull(
          nullableString(), "compact blocks hold a null where a string was written");
    }

    private @Nullable String nullableString() {
      int form = readByte();
      String s;
      switch (form) {
        case NULL -> {
          return null;
        }
        case SAME -> {
          return previous;
        }
        case SLICE -> {
          int from = baseStart + readSigned();
          s = input.substring(from, from + readVar());
        }
        case LATIN1, UTF16 -> {
          int n = readVar();
          char[] cs = new char[n];
          for (int i = 0; i < n; i++) {
            int c = readByte();
            cs[i] = (char) (form == UTF16 ? (c << 8) | readByte() : c);
          }
          s = new String(cs);
        }
        default -> throw new IllegalStateException("bad string form " + form);
      }
      previous = s;
      return s;
    }

    private int readSigned() {
      int v = readVar();
      return (v >>> 1) ^ -(v & 1);
    }

    private int readVar() {
      int v = 0;
      for (int shift = 0; ; shift += 7) {
        int b = bytes[p++];
        v |= (b & 0x7F) << shift;
        if ((b & 0x80) == 0) {
          return v;
        }
      }
    }

    private int readByte() {
      return bytes[p++] & 0xFF;
    }
  }
}
