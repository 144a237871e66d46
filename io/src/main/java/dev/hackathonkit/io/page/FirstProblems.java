package dev.hackathonkit.io.page;

import dev.hackathonkit.io.ImportProblem;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;

/**
 * The first {@code max} problems of a reading in page order (line, then column, then the order they
 * were found), whatever order they are found in, and how many others there were: a page with
 * hundreds of thousands of problems costs memory for the kept ones only.
 */
final class FirstProblems {
  private record Found(ImportProblem problem, long seq) {}

  private static final Comparator<Found> PAGE_ORDER =
      Comparator.<Found>comparingInt(f -> f.problem().location().line())
          .thenComparingInt(f -> f.problem().location().column())
          .thenComparingLong(Found::seq);

  private final int max;

  /** The kept problems, the last in page order at the head. */
  private final PriorityQueue<Found> kept;

  private long seq;
  private int left;

  FirstProblems(int max) {
    this.max = max;
    this.kept = new PriorityQueue<>(Math.min(max, 64) + 1, PAGE_ORDER.reversed());
  }

  void add(ImportProblem problem) {
    Found f = new Found(problem, seq++);
    if (kept.size() < max) {
      kept.add(f);
    } else if (max > 0 && PAGE_ORDER.compare(f, kept.peek()) < 0) {
      kept.poll();
      kept.add(f);
      left++;
    } else {
      left++;
    }
  }

  /** The kept problems in page order. */
  List<ImportProblem> inPageOrder() {
    List<Found> all = new ArrayList<>(kept);
    all.sort(PAGE_ORDER);
    List<ImportProblem> out = new ArrayList<>(all.size());
    all.forEach(f -> out.add(f.problem()));
    return out;
  }

  /** How many problems were found beyond the kept ones. */
  int left() {
    return left;
  }
}
