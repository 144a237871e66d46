package dev.hackathonkit.samples.bench;

import dev.hackathonkit.io.EventFormatException;
import dev.hackathonkit.io.ImportResult;
import dev.hackathonkit.io.page.PageProfile;
import dev.hackathonkit.io.wikitext.PageEdit;
import dev.hackathonkit.io.wikitext.PageEditor;
import dev.hackathonkit.io.wikitext.WikitextReader;
import dev.hackathonkit.model.Attendee;
import dev.hackathonkit.model.AttendeeStatus;
import dev.hackathonkit.model.Event;
import dev.hackathonkit.model.Topic;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * How long an in-place edit of a page takes, beside reading the page once: {@code read} reads the
 * May 2013 page (the reference page of the corpus) with the Xen profile; {@code editAndReread}
 * carries a change of two parts (one attendee added, one topic's skills changed) into it with
 * {@link PageEditor}, which reads the page, writes each part and reads the page again after each to
 * check it, then the result is read once more as a caller would. Scores are milliseconds per
 * operation.
 *
 * <pre>
 * mvn -B -q -pl samples -am package dependency:build-classpath -DskipTests -Dmdep.outputFile=target/cp.txt
 * java -cp samples/target/classes:$(cat samples/target/cp.txt) org.openjdk.jmh.Main PageEditBenchmark
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(
    value = 1,
    jvmArgs = {"-Xms1g", "-Xmx1g"})
public class PageEditBenchmark {
  private final PageProfile xen = PageProfile.xenProject();
  private final WikitextReader reader = WikitextReader.standard().withProfile(xen);
  private final PageEditor editor = PageEditor.standard().withProfile(xen);
  private String markup = "";
  private Event before = Event.builder().title("unset").build();
  private Event after = before;

  /** Reads the page and makes the changed event once per trial. */
  @Setup
  public void setUp() throws EventFormatException {
    markup = WikitextBenchInputs.page();
    before = reader.read(markup).event();
    List<Attendee> attendees = new ArrayList<>(before.attendees());
    int last = 0;
    for (int i = 0; i < attendees.size(); i++) {
      if (attendees.get(i).status() == AttendeeStatus.CONFIRMED) {
        last = i + 1;
      }
    }
    attendees.add(last, new Attendee("Ana Lima", "Example Corp", AttendeeStatus.CONFIRMED));
    List<Topic> topics = new ArrayList<>(before.topics());
    topics.set(1, topics.get(1).toBuilder().skills("C, Rust and patience").build());
    after = before.toBuilder().attendees(attendees).topics(topics).build();
  }

  /** Reads the page once, for comparison. */
  @Benchmark
  public ImportResult read() throws EventFormatException {
    return reader.read(markup);
  }

  /** Edits the page in place and reads the result. */
  @Benchmark
  public ImportResult editAndReread() throws EventFormatException {
    PageEdit edit = editor.edit(markup, before, after);
    if (!edit.complete()) {
      throw new IllegalStateException("not written: " + edit.unplaced());
    }
    return reader.read(edit.markup());
  }
}
