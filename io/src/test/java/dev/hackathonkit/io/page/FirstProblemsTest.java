package dev.hackathonkit.io.page;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hackathonkit.io.ImportProblem;
import dev.hackathonkit.io.Location;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Keeping the first problems in page order gives what sorting all of them and cutting would give.
 */
class FirstProblemsTest {

  @Test
  void keepsTheFirstInPageOrderAndCountsTheRestWhateverOrderTheyCome() {
    Random random = new Random(42);
    for (int round = 0; round < 200; round++) {
      int max = random.nextInt(12);
      int n = random.nextInt(40);
      List<ImportProblem> all = new ArrayList<>();
      FirstProblems first = new FirstProblems(max);
      for (int i = 0; i < n; i++) {
        // few lines and columns, so that ties are common and the order found decides them
        ImportProblem p =
            new ImportProblem(
                PageProblem.P105_UNREADABLE_VALUE,
                new Location("page", 1 + random.nextInt(4), 1 + random.nextInt(3)),
                "problem " + i);
        all.add(p);
        first.add(p);
      }
      List<ImportProblem> sorted = new ArrayList<>(all);
      sorted.sort(
          Comparator.<ImportProblem>comparingInt(p -> p.location().line())
              .thenComparingInt(
                  p -> p.location().column())); // stable: ties stay in the order found
      List<ImportProblem> expected = sorted.subList(0, Math.min(max, n));
      assertThat(first.inPageOrder()).as("round %d", round).containsExactlyElementsOf(expected);
      assertThat(first.left()).isEqualTo(n - expected.size());
    }
  }
}
