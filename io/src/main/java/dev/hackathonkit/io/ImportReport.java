package dev.hackathonkit.io;

import static java.util.Objects.requireNonNull;

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
          "bad counts: dropped="
              + droppedProblems
              + " input="
              + inputChars
              + " mapped="
              + mappedChars);
    }
  }

  /** A report with nothing to say, for inputs read completely. */
  public static ImportReport clean(String source) {
    return new ImportReport(source, List.of(), 0, List.of(), 0, 0, null);
  }

  /**
   * The share of non-blank input characters placed in the model, from 0 to 1; 1 when not measured.
   */
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
}
