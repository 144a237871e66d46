package dev.hackathonkit.samples.cli;

import dev.hackathonkit.io.EventFormatException;
import dev.hackathonkit.io.ImportProblem;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/**
 * The {@code hackathon-kit} command-line tool: {@code convert}, {@code validate}, {@code fetch} and
 * {@code publish}.
 *
 * <pre>{@code
 * java -jar samples/target/hackathon-kit.jar convert            # the bundled page to every format in out/
 * java -jar samples/target/hackathon-kit.jar convert page.wiki --to ics --out cal/
 * java -jar samples/target/hackathon-kit.jar validate --publishable event.json
 * }</pre>
 *
 * <p>Errors are one line each on stderr, {@code file:line:column: what was expected}; {@code
 * --verbose} adds the stack trace. The exit codes are the {@code EXIT_} constants.
 */
@Command(
    name = "hackathon-kit",
    mixinStandardHelpOptions = true,
    versionProvider = HackathonKit.Version.class,
    description =
        "Converts community event pages (wikitext, rendered page text, CSV, iCalendar, JSON,"
            + " Special:Export dumps) between formats, validates them, fetches them from a MediaWiki"
            + " and publishes them back.",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:success",
      "1:validation found violations",
      "2:usage error, or a format this build cannot read or write",
      "3:unreadable input (the message says file:line:column and what was expected), or a dump page without its text",
      "4:wiki or network failure, a missing page, or a page the wiki sends without its text",
      "5:no event found on a page (no days, topics or attendees): nothing written for it",
      "6:coverage below --min-coverage: nothing written for that input",
      "7:an output asked for cannot hold the event (a frab schedule of an event without any date): not written,"
          + " the other outputs are",
      "70:internal error (a bug in the tool: please report it with --verbose output)",
      "71:the JVM ran out of memory or stack on an input (give it more: java -Xmx... / -Xss...)"
    },
    footer = {"", "With several inputs or pages, the exit code is the highest any of them gave."})
public final class HackathonKit implements Runnable {
  /** Success. */
  public static final int EXIT_OK = 0;

  /** {@code validate} found violations. */
  public static final int EXIT_VIOLATIONS = 1;

  /** Bad arguments, or a format this build cannot read or write. */
  public static final int EXIT_USAGE = 2;

  /**
   * An input could not be read: missing, unreadable or malformed; or a page of a dump holds no
   * text.
   */
  public static final int EXIT_INPUT = 3;

  /**
   * The wiki answered with an error, the network failed, or a page is missing or sent without its
   * text.
   */
  public static final int EXIT_WIKI = 4;

  /**
   * A page yielded no event: no days, topics or attendees (the reader's {@code P115}); nothing was
   * written for it.
   */
  public static final int EXIT_NO_EVENT = 5;

  /** A page's coverage is below {@code --min-coverage}; nothing was written for it. */
  public static final int EXIT_LOW_COVERAGE = 6;

  /**
   * An output format asked for cannot hold the event, which it needs to (a frab schedule needs a
   * start date: an event without days or scheduled topics has none); that file is not written, the
   * others are.
   */
  public static final int EXIT_UNWRITABLE = 7;

  /** A bug in the tool, not a problem with the input (sysexits' {@code EX_SOFTWARE}). */
  public static final int EXIT_INTERNAL = 70;

  /**
   * The JVM ran out of memory or stack on an input ({@link OutOfMemoryError}, {@link
   * StackOverflowError}); the message names the input (sysexits' {@code EX_OSERR}, a system
   * resource).
   */
  public static final int EXIT_RESOURCES = 71;

  /** The commands, in the order the overview lists them. */
  private static final Map<String, Supplier<Object>> COMMANDS = commands();

  /** Held so that the levels set in {@link #run} stay set. */
  private static final List<Logger> LIBRARY_LOGGERS =
      List.of(Logger.getLogger("dev.hackathonkit"), Logger.getLogger("org.hibernate.validator"));

  @Spec CommandSpec spec;

  @Option(
      names = "--verbose",
      scope = ScopeType.INHERIT,
      description = "On errors, print the stack trace too.")
  boolean verbose;

  /** The environment variables credentials are taken from. */
  Map<String, String> environment = Map.of();

  /** Runs the tool and exits the JVM with its exit code. */
  public static void main(String[] args) {
    // Not closed: closing them would close System.out and System.err, and nothing could report
    // an error that escapes run() (the JVM's own handler prints to System.err too).
    PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
    PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
    int code = run(out, err, args);
    out.flush();
    err.flush();
    System.exit(code);
  }

  /**
   * Runs the tool in-process, writing to the given streams.
   *
   * @param out where results go
   * @param err where errors and progress go
   * @param args the command line
   * @return the exit code, one of the {@code EXIT_} constants
   */
  public static int run(PrintWriter out, PrintWriter err, String... args) {
    return run(out, err, System.getenv(), args);
  }

  /** Runs the tool with the given environment variables (for credentials). */
  static int run(
      PrintWriter out, PrintWriter err, Map<String, String> environment, String... args) {
    // The libraries log to java.util.logging (the client: its requests; Hibernate Validator: its
    // version). The tool's stderr is for one-line errors; --verbose shows the logs. The wiki's API
    // warnings are not left to the log: fetch and publish print them on stderr (Wiki.warnings).
    Level level = Arrays.asList(args).contains("--verbose") ? Level.INFO : Level.SEVERE;
    for (Logger logger : LIBRARY_LOGGERS) {
      logger.setLevel(level);
    }
    HackathonKit root = new HackathonKit();
    root.environment = Map.copyOf(environment);
    CommandLine cli = new CommandLine(root);
    // Building a command's model takes reflection: when the first argument names a command, only
    // that one is built (its --help is the same); otherwise all are, for the overview and errors.
    Supplier<Object> only = args.length > 0 ? COMMANDS.get(args[0]) : null;
    if (only != null) {
      cli.addSubcommand(args[0], only.get());
    } else {
      COMMANDS.forEach((name, command) -> cli.addSubcommand(name, command.get()));
      cli.addSubcommand("help", new CommandLine.HelpCommand());
    }
    cli.setOut(out);
    cli.setErr(err);
    cli.setCaseInsensitiveEnumValuesAllowed(true);
    cli.setExecutionExceptionHandler(HackathonKit::handle);
    // a command's bad argument: one line and where the options are, not the whole usage (no command
    // at all gets the usage)
    CommandLine.IParameterExceptionHandler usage = cli.getParameterExceptionHandler();
    cli.setParameterExceptionHandler(
        (e, rest) -> {
          CommandLine where = e.getCommandLine();
          if (where == cli) {
            return usage.handleParseException(e, rest);
          }
          String name = where.getCommandSpec().qualifiedName();
          where
              .getErr()
              .println(
                  where.getCommandName()
                      + ": "
                      + String.valueOf(e.getMessage()).replace('\n', ' ')
                      + " ("
                      + name
                      + " --help lists the options)");
          return EXIT_USAGE;
        });
    int code;
    try {
      code = cli.execute(args);
    } catch (OutOfMemoryError | StackOverflowError e) {
      // one not caught per input (Codecs names the input): say what ran out, in one line
      err.println(
          "hackathon-kit: the JVM ran out of "
              + (e instanceof OutOfMemoryError ? "memory" : "stack")
              + " (give it more: java -Xmx... / -Xss...)");
      code = EXIT_RESOURCES;
    } catch (Error e) {
      err.println(
          "hackathon-kit: internal error: " + e + " (run with --verbose for the stack trace)");
      if (Arrays.asList(args).contains("--verbose")) {
        e.printStackTrace(err);
      }
      code = EXIT_INTERNAL;
    }
    out.flush();
    err.flush();
    return code;
  }

  private static Map<String, Supplier<Object>> commands() {
    Map<String, Supplier<Object>> commands = new LinkedHashMap<>();
    commands.put("convert", ConvertCommand::new);
    commands.put("validate", ValidateCommand::new);
    commands.put("fetch", FetchCommand::new);
    commands.put("publish", PublishCommand::new);
    return commands;
  }

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "Missing required subcommand");
  }

  /** Turns an exception from a command into one line on stderr and an exit code. */
  private static int handle(Exception e, CommandLine cli, ParseResult parsed) {
    PrintWriter err = cli.getErr();
    int code;
    if (e instanceof CliException c) {
      err.println(c.getMessage());
      code = c.exitCode();
    } else if (e instanceof EventFormatException f) {
      // one line, unless the reader listed several errors (those follow, one per line)
      err.println(withCode(f.problems().size() > 1 ? f.getMessage() : oneLine(f.getMessage()), f));
      for (ImportProblem p :
          f.problems().subList(Math.min(1, f.problems().size()), f.problems().size())) {
        err.println(p);
      }
      code = EXIT_INPUT;
    } else if (e instanceof IOException io) {
      err.println(oneLine(describe(io)));
      code = EXIT_INPUT;
    } else if (e instanceof UncheckedIOException io) {
      err.println(
          oneLine(
              describe(
                  java.util.Objects.requireNonNull(
                      io.getCause(), "an UncheckedIOException has its cause"))));
      code = EXIT_INPUT;
    } else {
      err.println("internal error: " + e + " (run with --verbose for the stack trace)");
      code = EXIT_INTERNAL;
    }
    if (verbose(parsed)) {
      e.printStackTrace(err);
    }
    err.flush();
    return code;
  }

  /**
   * {@code message} (an {@link EventFormatException}'s, or a line built on it) with the error's
   * code at the end of its first line: {@code in.ics:3:1: expected BEGIN:VCALENDAR, found 'x'
   * [I100]}.
   */
  static String withCode(@Nullable String message, EventFormatException e) {
    String text = message == null ? "" : message;
    String tag = " [" + e.code().code() + "]";
    int end = text.indexOf('\n');
    return end < 0 ? text + tag : text.substring(0, end) + tag + text.substring(end);
  }

  /** {@code message} on one line: line breaks and the blanks around them become one space. */
  static String oneLine(@Nullable String message) {
    return message == null ? "" : message.strip().replaceAll("\\s*\\R\\s*", " ");
  }

  /** One line for a file-system failure: {@code path: no such file}. */
  static String describe(IOException e) {
    if (e instanceof NoSuchFileException n) {
      return n.getFile() + ": no such file or folder";
    }
    if (e instanceof AccessDeniedException a) {
      return a.getFile() + ": permission denied";
    }
    if (e instanceof FileSystemException f && f.getFile() != null) {
      return f.getFile()
          + ": "
          + (f.getReason() == null ? f.getClass().getSimpleName() : f.getReason());
    }
    if (e instanceof java.nio.charset.CharacterCodingException) {
      return "input/output error: expected UTF-8 text, found bytes that are not UTF-8 (" + e + ")";
    }
    return "input/output error: " + e.getMessage();
  }

  private static boolean verbose(ParseResult parsed) {
    for (ParseResult p = parsed; p != null; p = p.subcommand()) {
      if (p.hasMatchedOption("--verbose")) {
        return true;
      }
    }
    return false;
  }

  /** The version, from the build. */
  static final class Version implements IVersionProvider {
    /** The project version, such as {@code 0.1.0-SNAPSHOT}. */
    static String number() {
      Properties p = new Properties();
      try (InputStream in = HackathonKit.class.getResourceAsStream("version.properties")) {
        if (in != null) {
          p.load(in);
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return p.getProperty("version", "unknown");
    }

    @Override
    public String[] getVersion() {
      return new String[] {
        "hackathon-kit " + number(),
        "Java "
            + System.getProperty("java.version")
            + " ("
            + System.getProperty("java.vm.name")
            + ")"
      };
    }
  }
}
