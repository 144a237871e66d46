package dev.hackathonkit.io;

/**
 * Codes of errors common to every reader ({@code E1xx}), whatever the format: each stops reading
 * with an {@link EventFormatException} of that code. The errors of one format (its size and nesting
 * limits, its syntax) have that format's codes, such as {@code I101} or {@code W202}.
 */
public enum ReadError implements ProblemCode {
  /**
   * Bytes that the input's encoding (UTF-8 unless a byte-order mark says otherwise) does not
   * define; the message names them and the encoding the input most likely has.
   */
  E101_UNDECODABLE_TEXT,
  /**
   * A MediaWiki {@code Special:Export} dump ({@code <mediawiki>}) given where one event's file was
   * expected; a dump holds many pages and is read page by page (the client module's dump reader).
   */
  E102_DUMP_NOT_ONE_EVENT,
  /**
   * A file given as a {@code Special:Export} dump that is not a well-formed one (or not compressed
   * as named).
   */
  E103_MALFORMED_DUMP,
  /**
   * A wiki page whose text the wiki did not send (deleted, hidden or not readable); nothing to
   * read.
   */
  E104_NO_PAGE_TEXT,
  /**
   * An input that is not the format it was named or taken for, told by its first bytes before any
   * reading: binary data, an archive or compressed data, a spreadsheet workbook, an empty file,
   * another format's content, or text in UTF-16 without a byte-order mark.
   */
  E105_NOT_THIS_FORMAT;
}
