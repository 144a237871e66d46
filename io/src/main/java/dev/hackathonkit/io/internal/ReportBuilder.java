package dev.hackathonkit.io.internal;

import static java.util.Objects.requireNonNull;

import dev.hackathonkit.io.ImportProblem;
import dev.hackathonkit.io.ImportReport;
import dev.hackathonkit.io.Location;
import dev.hackathonkit.io.ProblemCode;
import dev.hackathonkit.io.ProfileChoice;
import dev.hackathonkit.io.UnmappedInput;
import dev.hackathonkit.io.UnmappedReason;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Collects an {@link ImportReport} while reading: the one way the readers build their reports. Not
 * API (the package is not exported). Not thread-safe.
 *
 * <p>At most {@link #maxProblems(int)} problems are kept (default {@value #DEFAULT_MAX_PROBLEMS});
 * further ones are only counted.
 */
public final class ReportBuilder {
  /** Problems kept by default. */
  public static final int DEFAULT_MAX_PROBLEMS = 1000;

  private final String source;
  private final List<ImportProblem> problems = new ArrayList<>();
  private final List<UnmappedInput> unmapped = new ArrayList<>();
  private int maxProblems = DEFAULT_MAX_PROBLEMS;
  private int dropped;
  private long inputChars;
  private long mappedChars;
  private @Nullable ProfileChoice profile;

  private ReportBuilder(String source) {
    this.source = requireNonNull(source, "source");
  }

  /** A builder for the report on the input named {@code source}. */
  public static ReportBuilder of(String source) {
    return new ReportBuilder(source);
  }

  /** The input's name, for locations. */
  public String source() {
    return source;
  }

  /** Sets how many problems are kept. */
  public ReportBuilder maxProblems(int maxProblems) {
    if (maxProblems < 0) {
      throw new IllegalArgumentException("maxProblems must be >= 0: " + maxProblems);
    }
    this.maxProblems = maxProblems;
    return this;
  }

  /** Records a problem at a line and column of this source. */
  public ReportBuilder problem(ProblemCode code, int line, int column, String message) {
    return problem(new ImportProblem(code, new Location(source, line, column), message));
  }

  /** Records a problem. */
  public ReportBuilder problem(ImportProblem problem) {
    requireNonNull(problem, "problem");
    if (problems.size() < maxProblems) {
      problems.add(problem);
    } else {
      dropped++;
    }
    return this;
  }

  /**
   * Counts problems that were found but not recorded, as if recorded beyond {@link
   * #maxProblems(int)}: for a reader that keeps only the first problems in page order itself.
   *
   * @param count how many, at least 0
   */
  public ReportBuilder dropped(int count) {
    if (count < 0) {
      throw new IllegalArgumentException("count must be >= 0: " + count);
    }
    dropped += count;
    return this;
  }

  /**
   * Records input that was not placed in the model, of a kind the reader does not name ({@link
   * UnmappedReason#U100_NOT_PLACED}).
   */
  public ReportBuilder unmapped(int line, int column, String text, String reason) {
    return unmapped(UnmappedReason.U100_NOT_PLACED, line, column, text, reason);
  }

  /** Records input that was not placed in the model, with the kind of reason. */
  public ReportBuilder unmapped(
      ProblemCode code, int line, int column, String text, String reason) {
    unmapped.add(new UnmappedInput(code, new Location(source, line, column), text, reason));
    return this;
  }

  /** Sets the coverage counts. */
  public ReportBuilder coverage(long inputChars, long mappedChars) {
    this.inputChars = inputChars;
    this.mappedChars = mappedChars;
    return this;
  }

  /** Sets which page profile read the input. */
  public ReportBuilder profile(@Nullable ProfileChoice profile) {
    this.profile = profile;
    return this;
  }

  /** The problems kept so far. */
  public List<ImportProblem> problems() {
    return List.copyOf(problems);
  }

  /** Builds the report. */
  public ImportReport build() {
    return new ImportReport(source, problems, dropped, unmapped, inputChars, mappedChars, profile);
  }
}
