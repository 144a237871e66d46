package dev.hackathonkit.samples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Proves that the published POMs carry every dependency an embedder needs, and nothing test-only:
 * installs the freshly built model and io jars with their POMs (exactly what {@code mvn install}
 * publishes) into an empty throwaway local repository, then builds a separate Maven project outside
 * the repository that depends only on {@code hackathon-kit-io}, compiles a ten-line program, runs
 * it on the bundled page and checks what it wrote. Then the same jars go on the module path: a
 * named module requiring only {@code dev.hackathonkit.io} reads, writes and validates the page
 * through the front door ({@code EventIO}), and does not compile against {@code
 * dev.hackathonkit.io.internal}.
 *
 * <p>Third-party artifacts come from the build's own local repository, used as the first remote
 * repository with snapshots disabled, so no SNAPSHOT of ours can leak in from there and no network
 * is needed for what the build already downloaded; anything else comes from Maven Central.
 */
class EmbeddingIT {
  @TempDir Path tmp;

  private final String version = property("hackathonkit.version");
  private final Path root = Path.of(property("hackathonkit.root")).toAbsolutePath().normalize();

  @Test
  void aTenLineProgramBuildsAgainstThePublishedPomsAndRuns() throws Exception {
    Path repo = tmp.resolve("repo");
    install(repo, "hackathon-kit-parent", root.resolve("pom.xml"), null);
    install(repo, "hackathon-kit-model", root.resolve("model/pom.xml"), jar("model"));
    install(repo, "hackathon-kit-io", root.resolve("io/pom.xml"), jar("io"));

    Path app = tmp.resolve("app");
    Files.createDirectories(app.resolve("src/main/java"));
    Files.writeString(app.resolve("pom.xml"), pom());
    Files.writeString(app.resolve("src/main/java/Main.java"), PROGRAM);
    Files.writeString(tmp.resolve("settings.xml"), settings());
    Path page = Files.writeString(tmp.resolve(INPUT_NAME), input());

    String mvn = Path.of(property("maven.home"), "bin", "mvn").toString();
    run(
        app,
        mvn,
        "-B",
        "-q",
        "-s",
        tmp.resolve("settings.xml").toString(),
        "-Dmaven.repo.local=" + repo,
        "compile",
        "dependency:build-classpath",
        "-Dmdep.outputFile=cp.txt");
    String classpath = Files.readString(app.resolve("cp.txt")).strip();
    assertThat(
            java.util.Arrays.stream(classpath.split(File.pathSeparator))
                .map(e -> Path.of(e).getFileName().toString()))
        .as("jars on the runtime class path of an embedder")
        .contains("hackathon-kit-io-" + version + ".jar", "hackathon-kit-model-" + version + ".jar")
        .noneMatch(e -> e.endsWith("-tests.jar"))
        .noneMatch(
            e -> e.startsWith("junit") || e.startsWith("assertj") || e.startsWith("mockwebserver"));

    Path output = tmp.resolve(OUTPUT_NAME);
    String printed =
        run(
            app,
            tool("java"),
            "-cp",
            "target/classes" + File.pathSeparator + classpath,
            "Main",
            page.toString(),
            output.toString());
    checkOutput(printed, Files.readString(output, StandardCharsets.UTF_8));

    // the same jars on the module path, for a named module that requires only dev.hackathonkit.io
    Path modular = tmp.resolve("modular");
    Files.createDirectories(modular.resolve("src/app"));
    Files.writeString(modular.resolve("src/module-info.java"), MODULE_INFO);
    Files.writeString(modular.resolve("src/app/Main.java"), MODULAR_PROGRAM);
    run(
        modular,
        tool("javac"),
        "--module-path",
        classpath,
        "-d",
        "classes",
        "src/module-info.java",
        "src/app/Main.java");
    Path modularOutput = tmp.resolve("modular-" + OUTPUT_NAME);
    String printedOnModulePath =
        run(
            modular,
            tool("java"),
            "--module-path",
            "classes" + File.pathSeparator + classpath,
            "--module",
            "app/app.Main",
            page.toString(),
            modularOutput.toString());
    // (Hibernate Validator logs its version through java.util.logging first)
    assertThat(printedOnModulePath).endsWith("\n" + printed.strip() + ", valid\n");
    checkOutput(printed, Files.readString(modularOutput, StandardCharsets.UTF_8));

    // the library's internals are not exported: a module cannot compile against them
    Files.writeString(
        modular.resolve("src/app/Main.java"),
        MODULAR_PROGRAM.replace(
            "import java.nio.file.Path;",
            "import java.nio.file.Path;\nimport dev.hackathonkit.io.internal.LineIndex;"));
    String refused =
        fails(
            modular,
            tool("javac"),
            "--module-path",
            classpath,
            "-d",
            "classes-internal",
            "src/module-info.java",
            "src/app/Main.java");
    assertThat(refused)
        .contains(
            "package dev.hackathonkit.io.internal is declared in module dev.hackathonkit.io, which does not export it");
  }

  private static String tool(String name) {
    return Path.of(System.getProperty("java.home"), "bin", name).toString();
  }

  // --- what the program does ---

  private static String input() {
    return BundledPage.RENDERED_TEXT.content();
  }

  private static final String INPUT_NAME = "May2013.txt";
  private static final String OUTPUT_NAME = "May2013.ics";
  private static final String PROGRAM =
      """
      import dev.hackathonkit.io.ImportResult;
      import dev.hackathonkit.io.ical.ICalendarEventWriter;
      import dev.hackathonkit.io.text.RenderedPageReader;
      import java.nio.file.Path;

      public class Main {
        public static void main(String[] args) throws Exception {
          ImportResult page = RenderedPageReader.standard().read(Path.of(args[0]));
          ICalendarEventWriter.standard().write(page.event(), Path.of(args[1]));
          System.out.println(page.event().topics().size() + " topics, " + page.event().days().size() + " days");
        }
      }
      """;

  private static final String MODULE_INFO = "module app { requires dev.hackathonkit.io; }\n";
  private static final String MODULAR_PROGRAM =
      """
      package app;

      import dev.hackathonkit.io.EventFormat;
      import dev.hackathonkit.io.EventIO;
      import dev.hackathonkit.io.ImportResult;
      import dev.hackathonkit.model.EventValidator;
      import java.nio.file.Path;

      public class Main {
        public static void main(String[] args) throws Exception {
          EventIO io = EventIO.standard();
          ImportResult page = io.read(Path.of(args[0]));
          io.write(page.event(), EventFormat.ICALENDAR, Path.of(args[1]));
          System.out.println(page.event().topics().size() + " topics, " + page.event().days().size() + " days, "
              + (EventValidator.validate(page.event()).isEmpty() ? "valid" : "invalid"));
        }
      }
      """;

  private static void checkOutput(String printed, String ics) {
    assertThat(printed).isEqualTo("16 topics, 2 days\n");
    assertThat(ics)
        .startsWith("BEGIN:VCALENDAR\r\n")
        .contains("BEGIN:VTIMEZONE\r\nTZID:Europe/Dublin\r\n")
        .contains(
            "DTSTART;TZID=Europe/Dublin:20130516T090000\r\nDTEND;TZID=Europe/Dublin:20130516T170000\r\n")
        .contains(
            "DTSTART;TZID=Europe/Dublin:20130517T090000\r\nDTEND;TZID=Europe/Dublin:20130517T170000\r\n")
        .endsWith("END:VCALENDAR\r\n");
  }

  // --- plumbing ---

  private Path jar(String module) {
    Path jar = root.resolve(module + "/target/hackathon-kit-" + module + "-" + version + ".jar");
    assertThat(jar)
        .as("built by the reactor before this test (run mvn verify from the root)")
        .isRegularFile();
    return jar;
  }

  /** What {@code mvn install} puts in a local repository: the POM as written, and the jar. */
  private void install(Path repo, String artifactId, Path pom, Path jar) throws IOException {
    Path dir = repo.resolve("dev/hackathonkit/" + artifactId + "/" + version);
    Files.createDirectories(dir);
    Files.copy(pom, dir.resolve(artifactId + "-" + version + ".pom"));
    if (jar != null) {
      Files.copy(jar, dir.resolve(artifactId + "-" + version + ".jar"));
    }
  }

  private String pom() {
    return """
        <project xmlns="http://maven.apache.org/POM/4.0.0">
          <modelVersion>4.0.0</modelVersion>
          <groupId>example</groupId>
          <artifactId>embedding-check</artifactId>
          <version>1</version>
          <properties>
            <project.build.sourceEncoding>UTF-8</project.build.sourceEncoding>
            <maven.compiler.release>17</maven.compiler.release>
          </properties>
          <dependencies>
            <dependency>
              <groupId>dev.hackathonkit</groupId>
              <artifactId>hackathon-kit-io</artifactId>
              <version>%s</version>
            </dependency>
          </dependencies>
          <build>
            <plugins>
              <plugin><artifactId>maven-resources-plugin</artifactId><version>3.5.0</version></plugin>
              <plugin><artifactId>maven-compiler-plugin</artifactId><version>3.14.1</version></plugin>
              <plugin><artifactId>maven-dependency-plugin</artifactId><version>3.8.1</version></plugin>
            </plugins>
          </build>
        </project>
        """
        .formatted(version);
  }

  /**
   * The build's local repository as the first remote repository, releases only: what the build
   * downloaded is found there without network, no SNAPSHOT can come from it, and whatever it lacks
   * (a plugin the main build never used) still comes from Maven Central.
   */
  private static String settings() {
    Path cache = Path.of(property("hackathonkit.localRepository")).toAbsolutePath();
    String repository =
        """
              <id>build-local-repository</id>
              <url>%s</url>
              <releases><enabled>true</enabled></releases>
              <snapshots><enabled>false</enabled></snapshots>
        """
            .formatted(cache.toUri());
    return """
        <settings>
          <profiles>
            <profile>
              <id>build-local-repository</id>
              <repositories><repository>
        %s      </repository></repositories>
              <pluginRepositories><pluginRepository>
        %s      </pluginRepository></pluginRepositories>
            </profile>
          </profiles>
          <activeProfiles><activeProfile>build-local-repository</activeProfile></activeProfiles>
        </settings>
        """
        .formatted(repository, repository);
  }

  /** Runs a command that must fail, and gives its output. */
  private static String fails(Path dir, String... command) throws Exception {
    Process p =
        new ProcessBuilder(List.of(command))
            .directory(dir.toFile())
            .redirectErrorStream(true)
            .start();
    String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(5, TimeUnit.MINUTES)).isTrue();
    assertThat(p.exitValue()).as("%s should fail:%n%s", List.of(command), output).isNotZero();
    return output;
  }

  private static String run(Path dir, String... command) throws Exception {
    Path log = Files.createTempFile("embedding", ".log");
    Process p =
        new ProcessBuilder(List.of(command))
            .directory(dir.toFile())
            .redirectErrorStream(true)
            .redirectOutput(log.toFile())
            .start();
    boolean done = p.waitFor(5, TimeUnit.MINUTES);
    if (!done) {
      p.destroyForcibly();
    }
    String output = Files.readString(log);
    Files.delete(log);
    assertThat(done && p.exitValue() == 0)
        .as("%s failed:%n%s", new ArrayList<>(List.of(command)), output)
        .isTrue();
    return output;
  }

  private static String property(String name) {
    String value = System.getProperty(name);
    assertThat(value)
        .as("system property %s (set by the samples pom for failsafe)", name)
        .isNotBlank();
    return value;
  }
}
