package dev.hackathonkit.samples.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The machine-readable run report: one JSON object per line (JSON Lines), one line per page, in the
 * order of the input, with nothing that depends on timing or threads, so that the same run gives
 * the same bytes. Each line has {@code page} (title), {@code ns}, {@code revision} (0 when none),
 * {@code site} (when the input names its wiki) and {@code status}: {@code written} with {@code
 * outputs} (file names in the output folder), {@code profile}, {@code coverage} (0 to 1, three
 * decimals) and {@code warnings} (problems and unmapped parts of the import report); {@code
 * skipped} or {@code failed} with {@code reason} and {@code detail}, and {@code code} when the
 * reader stopped with an error ({@code EventFormatException.code()}, such as {@code W202}).
 */
final class RunReport implements Closeable {
  private static final JsonFactory JSON =
      JsonFactory.builder()
          .streamReadConstraints(
              StreamReadConstraints.builder().maxStringLength(1 << 20).maxNestingDepth(8).build())
          .build();

  private final @Nullable Writer out;

  private RunReport(@Nullable Writer out) {
    this.out = out;
  }

  /** No report: lines are dropped (no {@code --run-report} given). */
  static RunReport none() {
    return new RunReport(null);
  }

  /** A report written to {@code file} (replaced), its folder created. */
  static RunReport to(Path file) throws IOException {
    Path parent = file.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    return new RunReport(
        new BufferedWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8), 1 << 16));
  }

  /** One page's line. */
  record Line(
      String page,
      int ns,
      long revision,
      @Nullable String site,
      String status,
      List<String> outputs,
      @Nullable String profile,
      double coverage,
      int warnings,
      @Nullable String reason,
      @Nullable String detail,
      @Nullable String code) {

    static Line written(
        String page,
        int ns,
        long revision,
        @Nullable String site,
        List<String> outputs,
        @Nullable String profile,
        double coverage,
        int warnings) {
      return new Line(
          page,
          ns,
          revision,
          site,
          "written",
          List.copyOf(outputs),
          profile,
          coverage,
          warnings,
          null,
          null,
          null);
    }

    static Line notWritten(
        String page,
        int ns,
        long revision,
        @Nullable String site,
        String status,
        String reason,
        String detail) {
      return new Line(
          page, ns, revision, site, status, List.of(), null, -1, -1, reason, detail, null);
    }

    /** This line with the reader's error code ({@code null}: none). */
    Line withCode(@Nullable String errorCode) {
      return new Line(
          page, ns, revision, site, status, outputs, profile, coverage, warnings, reason, detail,
          errorCode);
    }

    String json() {
      StringWriter w = new StringWriter();
      try (JsonGenerator g = JSON.createGenerator(w)) {
        g.writeStartObject();
        g.writeStringField("page", page);
        g.writeNumberField("ns", ns);
        g.writeNumberField("revision", revision);
        if (site != null) {
          g.writeStringField("site", site);
        }
        g.writeStringField("status", status);
        if (status.equals("written")) {
          g.writeArrayFieldStart("outputs");
          for (String o : outputs) {
            g.writeString(o);
          }
          g.writeEndArray();
          if (profile != null) {
            g.writeStringField("profile", profile);
          }
          g.writeNumberField(
              "coverage",
              new java.math.BigDecimal(coverage).setScale(3, java.math.RoundingMode.HALF_EVEN));
          g.writeNumberField("warnings", warnings);
        } else {
          g.writeStringField("reason", reason);
          g.writeStringField("detail", detail);
          if (code != null) {
            g.writeStringField("code", code);
          }
        }
        g.writeEndObject();
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e); // a StringWriter does not fail
      }
      return w.toString();
    }
  }

  /** Appends one page's line. */
  void add(Line line) throws IOException {
    if (out != null) {
      out.write(line.json());
      out.write('\n');
    }
  }

  @Override
  public void close() throws IOException {
    if (out != null) {
      out.close();
    }
  }

  /** Appends a line an earlier run wrote ({@code --resume}), as it was. */
  void addAgain(Written earlier) throws IOException {
    if (out != null) {
      out.write(earlier.line());
      out.write('\n');
    }
  }

  /** A page an earlier run wrote: the revision, and its report line as it was. */
  record Written(long revision, String line) {}

  /** The key of a page in {@link #written}: its wiki's name (empty when none) and title. */
  static String key(@Nullable String site, String page) {
    return (site == null ? "" : site) + "\t" + page;
  }

  /**
   * The pages an earlier run wrote, by {@link #key}, with the revision it wrote; for {@code
   * --resume}.
   *
   * @throws CliException (exit 3) when the file is missing or a line is not a run report's, naming
   *     the line and column
   */
  static Map<String, Written> written(Path file) throws IOException {
    Map<String, Written> written = new HashMap<>();
    List<String> lines;
    try {
      lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      throw new CliException(HackathonKit.EXIT_INPUT, file + ": no such run report");
    }
    for (int i = 0; i < lines.size(); i++) {
      String text = lines.get(i);
      if (text.isBlank()) {
        continue;
      }
      String page = null;
      String site = null;
      String status = null;
      long revision = -1;
      try (JsonParser p = JSON.createParser(text)) {
        if (p.nextToken() != JsonToken.START_OBJECT) {
          throw new CliException(
              HackathonKit.EXIT_INPUT,
              file
                  + ": line "
                  + (i + 1)
                  + ", column 1: expected a JSON object"
                  + " (a line of a run report)");
        }
        while (p.nextToken() == JsonToken.FIELD_NAME) {
          String name = p.currentName();
          JsonToken value = p.nextToken();
          switch (name) {
            case "page" -> page = p.getValueAsString();
            case "site" -> site = p.getValueAsString();
            case "status" -> status = p.getValueAsString();
            case "revision" ->
                revision = value == JsonToken.VALUE_NUMBER_INT ? p.getLongValue() : -1;
            default -> p.skipChildren();
          }
        }
      } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
        var l = e.getLocation();
        throw new CliException(
            HackathonKit.EXIT_INPUT,
            file
                + ": line "
                + (i + 1)
                + ", column "
                + (l == null ? 1 : l.getColumnNr())
                + ": expected a line of a run report: "
                + e.getOriginalMessage(),
            e);
      }
      if (page == null || status == null || revision < 0) {
        throw new CliException(
            HackathonKit.EXIT_INPUT,
            file
                + ": line "
                + (i + 1)
                + ": expected a run report line with page, status and revision");
      }
      if (status.equals("written")) {
        written.put(key(site, page), new Written(revision, text));
      }
    }
    return written;
  }
}
