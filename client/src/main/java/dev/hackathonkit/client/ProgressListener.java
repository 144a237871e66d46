package dev.hackathonkit.client;

/**
 * Told about the progress of a bulk read, once per batch, so that a command-line tool can draw a
 * progress bar. Called on the thread that runs the read.
 */
@FunctionalInterface
public interface ProgressListener {

  /** Total to pass when the number of pages is not known in advance. */
  int UNKNOWN = -1;

  /**
   * Reports progress.
   *
   * @param done pages handled so far
   * @param total pages to handle in all, or {@link #UNKNOWN}
   */
  void progress(int done, int total);

  /** A listener that ignores every report. */
  static ProgressListener none() {
    return (done, total) -> {};
  }
}
