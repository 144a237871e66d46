package dev.hackathonkit.samples.cli;

import mockwebserver3.Dispatcher;

/** Opens {@link FakeWiki} to the samples' tests in the parent package. */
public final class FakeWikiAccess {
  /** A wiki holding one page. */
  public Dispatcher answering(String title, long revision, String markup) {
    return new FakeWiki(
        p ->
            FakeWiki.common(
                p,
                () ->
                    FakeWiki.json(FakeWiki.page(title, revision, "2013-05-10T08:00:00Z", markup))));
  }
}
