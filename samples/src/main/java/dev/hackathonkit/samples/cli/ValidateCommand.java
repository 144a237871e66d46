package dev.hackathonkit.samples.cli;

import dev.hackathonkit.client.MissingText;
import dev.hackathonkit.io.EventFormatException;
import dev.hackathonkit.io.ImportResult;
import dev.hackathonkit.model.EventValidator;
import dev.hackathonkit.model.Publishable;
import dev.hackathonkit.model.Violation;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code validate}: reads inputs and prints the model's constraint violations with their paths. */
@Command(
    name = "validate",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Reads each INPUT (any format convert reads) and prints the event's constraint violations,"
          + " one per line with its path, such as topics[3].ircChannel.",
      "Exits with 1 when any INPUT has violations, 5 when a page has no event on it (no days, topics or"
          + " attendees), 6 when a page's coverage is below --min-coverage; with several inputs the highest"
          + " code wins."
    })
final class ValidateCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "INPUT", description = "Files or folders to validate.")
  List<Path> inputs = new ArrayList<>();

  @Option(
      names = "--from",
      paramLabel = "FORMAT",
      converter = Format.ReadableFormat.class,
      description =
          "Read every INPUT as this format: json, csv, ics, wiki, text, xml, frab-xml, frab-json.")
  @Nullable Format from;

  @Mixin ProfileOption profileOption = new ProfileOption();

  @Mixin ReadOptions readOptions = new ReadOptions();

  @Mixin InputOptions inputOptions = new InputOptions();

  @Option(
      names = "--publishable",
      description = "Also check what a calendar needs (a time zone, at least one day).")
  boolean publishable;

  @Override
  public Integer call() throws IOException, EventFormatException {
    PrintWriter stdout = spec.commandLine().getOut();
    PrintWriter stderr = spec.commandLine().getErr();
    Class<?>[] groups = publishable ? new Class<?>[] {Publishable.class} : new Class<?>[0];
    int[] worst = {HackathonKit.EXIT_OK};
    readOptions.check();
    inputOptions.check();
    Codecs codecs = profileOption.codecs().withInput(inputOptions, false);
    for (Path input : inputs) {
      Format format = FormatDetector.detect(input, from);
      codecs.read(
          format,
          from != null,
          input,
          new Codecs.PageSink() {
            @Override
            public void unreadable(String message, MissingText why) {
              stdout.flush();
              stderr.println(message);
              worst[0] = Math.max(worst[0], HackathonKit.EXIT_INPUT);
            }

            @Override
            public void skipped(String message) {
              stdout.flush();
              stderr.println("note: " + message);
            }

            @Override
            public void accept(ImportResult result) {
              int refused = readOptions.refusal(result, stdout, stderr);
              if (refused != HackathonKit.EXIT_OK) {
                worst[0] = Math.max(worst[0], refused);
                return;
              }
              List<Violation> violations = EventValidator.validate(result.event(), groups);
              String where = result.report().source();
              if (violations.isEmpty()) {
                stdout.printf("%s: valid%s%n", where, publishable ? " and publishable" : "");
              } else {
                worst[0] = Math.max(worst[0], HackathonKit.EXIT_VIOLATIONS);
                stdout.printf("%s: %s%n", where, Summary.plural(violations.size(), "violation"));
                for (Violation v : violations) {
                  stdout.printf("  %s%n", v);
                }
              }
              stdout.flush();
              readOptions.printProblems(result, stdout, stderr);
            }
          });
    }
    stdout.flush();
    return worst[0];
  }
}
