package dev.hackathonkit.samples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class ProgressBarTest {

  @Test
  void drawsInPlaceAndEndsItsLine() {
    StringWriter err = new StringWriter();
    ProgressBar bar = new ProgressBar(new PrintWriter(err), true);
    bar.update(0, 4);
    bar.update(2, 4);
    bar.update(4, 4);
    bar.finish();
    assertThat(err.toString())
        .isEqualTo(
            "\r["
                + ".".repeat(30)
                + "] 0/4 pages"
                + "\r["
                + "#".repeat(15)
                + ".".repeat(15)
                + "] 2/4 pages"
                + "\r["
                + "#".repeat(30)
                + "] 4/4 pages"
                + System.lineSeparator());
  }

  @Test
  void printsNothingWhenDisabled() {
    StringWriter err = new StringWriter();
    ProgressBar bar = new ProgressBar(new PrintWriter(err), false);
    bar.update(1, 2);
    bar.finish();
    assertThat(err.toString()).isEmpty();
  }
}
