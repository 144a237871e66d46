package dev.hackathonkit.client;

/** The default warning listener: logs each API warning at {@code WARNING}. */
final class ApiWarningLog {
  private static final System.Logger LOG = System.getLogger(MediaWikiClient.class.getName());

  private ApiWarningLog() {}

  static void log(ApiWarning warning) {
    LOG.log(System.Logger.Level.WARNING, "{0}", warning);
  }
}
