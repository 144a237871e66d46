package dev.hackathonkit.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.file.Path;

/**
 * What every format's reader does, in the same four shapes: from text, characters, bytes or a file,
 * each named for locations ({@code programme.csv:12:4}). Text from bytes is UTF-8 unless a
 * byte-order mark or the format says otherwise; streams given are not closed. Input a reader cannot
 * continue from is an {@link EventFormatException} with its location; what it understood but could
 * not place is in the {@link ImportReport}. {@link EventIO} chooses among the readers by format.
 */
public interface EventReader {
  /** Reads text named {@code sourceName}. */
  ImportResult read(String content, String sourceName) throws EventFormatException;

  /** Reads characters named {@code sourceName}; {@code in} stays open. */
  ImportResult read(Reader in, String sourceName) throws IOException, EventFormatException;

  /** Reads bytes named {@code sourceName}; {@code in} stays open. */
  ImportResult read(InputStream in, String sourceName) throws IOException, EventFormatException;

  /** Reads a file, named by its path or file name as the format's reader says. */
  ImportResult read(Path file) throws IOException, EventFormatException;
}
