package dev.hackathonkit.io.csv;

import java.io.FilterInputStream;
import java.io.FilterReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;

/** The characters (or uncompressed zip bytes) one import may still read; shared by its files. */
final class Budget {
  /**
   * Thrown through the CSV parser when the budget runs out; turned into an EventFormatException.
   */
  static final class Exceeded extends IOException {
    private static final long serialVersionUID = 1L;
    final String file;

    Exceeded(String file, long limit, String unit) {
      super(file + " exceeds the limit of " + limit + " " + unit);
      this.file = file;
    }
  }

  private final long limit;
  private long chars;
  private long bytes;

  Budget(long limit) {
    this.limit = limit;
  }

  long limit() {
    return limit;
  }

  Reader reader(Reader in, String file) {
    return new FilterReader(in) {
      @Override
      public int read() throws IOException {
        int c = super.read();
        if (c >= 0) {
          count(1, file);
        }
        return c;
      }

      @Override
      public int read(char[] buf, int off, int len) throws IOException {
        int n = super.read(buf, off, len);
        if (n > 0) {
          count(n, file);
        }
        return n;
      }
    };
  }

  /** Counts the bytes actually inflated from a zip entry, whatever its header claims. */
  InputStream bytes(InputStream in, String file) {
    return new FilterInputStream(in) {
      @Override
      public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
          countBytes(1, file);
        }
        return b;
      }

      @Override
      public int read(byte[] buf, int off, int len) throws IOException {
        int n = super.read(buf, off, len);
        if (n > 0) {
          countBytes(n, file);
        }
        return n;
      }

      @Override
      public void close() {
        // the zip stream stays open for the next entry
      }
    };
  }

  private void count(int n, String file) throws Exceeded {
    chars += n;
    if (chars > limit) {
      throw new Exceeded(file, limit, "characters");
    }
  }

  private void countBytes(int n, String file) throws Exceeded {
    bytes += n;
    if (bytes > limit) {
      throw new Exceeded(file, limit, "uncompressed bytes");
    }
  }
}
