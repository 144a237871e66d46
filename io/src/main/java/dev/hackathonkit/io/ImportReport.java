package dev.hackathonkit.io;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * How an input was mapped to the model: the problems found (each with a stable code and a
 * location), every part of the input that was not placed in the model, and the coverage.
 *
 * <p>Coverage is the share of the input's non-blank characters that ended up in the model; what is
 * missing from it is listed in {@link #unmapped()}, line by line.
 *
 * @param source the input's name
 * @param problems warnings, in input order; at most the reader's limit
 * @param droppedProblems how many further problems were found but not kept
 * @param unmapped input not placed in the model
 * @param inputChars non-blank characters in the input (0 when the format does not measure coverage)
 * @param mappedChars of those, how many were placed in the model
 * @param profile for pages: the page profile that read it and why; {@code null} for other formats
 */
public record ImportReport(
    String source,
    List<ImportProblem> problems,
    int droppedProblems,
    List<UnmappedInput> unmapped,
    long inputChars,
    long mappedChars,
    @Nullable ProfileChoice profile) {

  /** Checks and copies. */
  public ImportReport {
    requireNonNull(source, "source");
    problems = List.copyOf(problems);
    unmapped = List.copyOf(unmapped);
    if (droppedProblems < 0 || inputChars < 0 || mappedChars < 0 || mappedChars > inputChars) {
      throw new IllegalArgumentException(
          "bad counts: dropped=" + droppedProblems + " input=" + inputChars + " mapped=" + mappedChars);
    }
  }

  /** A report with nothing to say, for inputs read completely. */
  public static ImportReport clean(String source) {
    return new ImportReport(source, List.of(), 0, List.of(), 0, 0, null);
  }

  /** The share of non-blank input characters placed in the model, from 0 to 1; 1 when not measured. */
  public double coverage() {
    return inputChars == 0 ? 1.0 : (double) mappedChars / inputChars;
  }

  /** Whether any problem was found. */
  public boolean hasProblems() {
    return !problems.isEmpty() || droppedProblems > 0;
  }

  /** The problems with the given code. */
  public List<ImportProblem> problems(ProblemCode code) {
    return problems.stream().filter(p -> p.code().equals(code)).toList();
  }

  /** A builder for readers. */
  public static Builder builder(String source) {
    return new Builder(source);
  }

  /**
   * Collects a report while reading. Not thread-safe.
   *
   * <p>At most {@link #maxProblems(int)} problems are kept (default {@value #DEFAULT_MAX_PROBLEMS});
   * further ones are only counted.
   */
  public static final class Builder {
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

    private Builder(String source) {
      this.source = requireNonNull(source, "source");
    }

    /** The input's name, for locations. */
    public String source() {
      return source;
    }

    /** Sets how many problems are kept. */
    public Builder maxProblems(int maxProblems) {
      if (maxProblems < 0) {
        throw new IllegalArgumentException("maxProblems must be >= 0: " + maxProblems);
      }
      this.maxProblems = maxProblems;
      return this;
    }

    /** Records a problem at a line and column of this source. */
    public Builder problem(ProblemCode code, int line, int column, String message) {
      return problem(new ImportProblem(code, new Location(source, line, column), message));
    }

    /** Records a problem. */
    public Builder problem(ImportProblem problem) {
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
    public Builder dropped(int count) {
      if (count < 0) {
        throw new IllegalArgumentException("count must be >= 0: " + count);
      }
      dropped += count;
      return this;
    }

    /** Records input that was not placed in the model, of a kind the reader does not name ({@link UnmappedReason#U100_NOT_PLACED}). */
    public Builder unmapped(int line, int column, String text, String reason) {
      return unmapped(UnmappedReason.U100_NOT_PLACED, line, column, text, reason);
    }

    /** Records input that was not placed in the model, with the kind of reason. */
    public Builder unmapped(ProblemCode code, int line, int column, String text, String reason) {
      unmapped.add(new UnmappedInput(code, new Location(source, line, column), text, reason));
      return this;
    }

    /** Sets the coverage counts. */
    public Builder coverage(long inputChars, long mappedChars) {
      this.inputChars = inputChars;
      this.mappedChars = mappedChars;
      return this;
    }

    /** Sets which page profile read the input. */
    public Builder profile(@Nullable ProfileChoice profile) {
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
}
