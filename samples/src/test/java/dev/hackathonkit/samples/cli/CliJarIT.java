package dev.hackathonkit.samples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs the packaged runnable jar as a user does, in its own JVM. */
class CliJarIT {
  @TempDir Path dir;

  record Result(int exitCode, String out, String err) {}

  private Result java(String... args) throws Exception {
    String jar = System.getProperty("hackathonkit.jar");
    assertThat(jar).as("system property hackathonkit.jar").isNotBlank();
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(List.of(args).subList(0, args.length - rest(args)));
    command.add("-jar");
    command.add(jar);
    command.addAll(List.of(args).subList(args.length - rest(args), args.length));
    Path out = dir.resolve("stdout");
    Path err = dir.resolve("stderr");
    Process p =
        new ProcessBuilder(command)
            .directory(dir.toFile())
            .redirectOutput(out.toFile())
            .redirectError(err.toFile())
            .start();
    assertThat(p.waitFor(5, TimeUnit.MINUTES)).isTrue();
    return new Result(p.exitValue(), Files.readString(out), Files.readString(err));
  }

  /** JVM options come first and start with {@code -X}; the rest are the tool's arguments. */
  private static int rest(String[] args) {
    int jvm = 0;
    while (jvm < args.length && args[jvm].startsWith("-X")) {
      jvm++;
    }
    return args.length - jvm;
  }

  private Path sampleJson() throws Exception {
    Path file = dir.resolve("summit.json");
    dev.hackathonkit.io.json.JsonEventCodec.standard()
        .write(HackathonKitTest.sampleEvent(java.time.ZoneId.of("Europe/Paris")), file);
    return file;
  }

  @Test
  void jarPrintsItsVersion() throws Exception {
    Result r = java("--version");
    assertThat(r.exitCode()).isZero();
    assertThat(r.out()).startsWith("hackathon-kit " + System.getProperty("hackathonkit.version"));
  }

  @Test
  void theMainJobLoadsNeitherHibernateValidatorNorOkHttp() throws Exception {
    Result convert = java("-Xlog:class+load=info", "convert", "--out", "main-job");
    assertThat(convert.exitCode()).as(convert.err()).isZero();
    assertThat(convert.out())
        .contains(
            "dev.hackathonkit.io.text.RenderedPageReader",
            "dev.hackathonkit.io.ical.ICalendarEventWriter")
        .doesNotContain("org.hibernate.validator", "okhttp3.", "kotlin.");
    assertThat(dir.resolve("main-job").resolve("archived-hackathon-may2013.ics")).isRegularFile();
  }

  @Test
  void convertDoesNotLoadHibernateValidatorButValidateDoes() throws Exception {
    Path json = sampleJson();
    Result convert =
        java("-Xlog:class+load=info", "convert", json.toString(), "--to", "json", "--out", "o");
    assertThat(convert.exitCode()).as(convert.err()).isZero();
    assertThat(convert.out())
        .contains("dev.hackathonkit.samples.cli.ConvertCommand")
        .doesNotContain("org.hibernate.validator");

    Result validate = java("-Xlog:class+load=info", "validate", json.toString());
    assertThat(validate.exitCode()).as(validate.err()).isZero();
    assertThat(validate.out()).contains("org.hibernate.validator");
  }

  @Test
  void errorsAreOneLineOnStderrWithTheExitCode() throws Exception {
    Path bad = Files.writeString(dir.resolve("bad.json"), "{\n  \"title\": [\n");
    Result r = java("convert", bad.toString());
    assertThat(r.exitCode()).isEqualTo(3);
    assertThat(r.err().lines()).singleElement().satisfies(l -> assertThat(l).startsWith(bad + ":"));
  }

  @Test
  void runningOutOfMemoryIsOneLineNamingTheInputWithExitCode71() throws Exception {
    String page =
        "== Topic ==\n{{project|Project=Work item|Contact=[[User:Dev|Developer]] <dev@example.org>"
            + "|Desc=Some words here}}\n";
    Path big =
        Files.writeString(dir.resolve("huge.wiki"), page.repeat(8 * 1024 * 1024 / page.length()));
    Result r = java("-Xmx48m", "convert", big.toString(), "--to", "json", "--out", "o");
    assertThat(r.exitCode()).as(r.err()).isEqualTo(HackathonKit.EXIT_RESOURCES);
    assertThat(r.err().lines())
        .singleElement()
        .satisfies(
            l ->
                assertThat(l)
                    .startsWith(
                        big + ": out of memory while reading it as wikitext (the JVM may use "));
    assertThat(dir.resolve("o")).doesNotExist();
  }

  /**
   * The memory figure on the command line: a 50 MB page (the bundled May 2013 markup
   * repeated, as {@code LargePages} writes it) converts to JSON in a 256 MiB heap.
   */
  @Test
  void aFiftyMegabytePageConvertsInA256MebibyteHeap() throws Exception {
    dev.hackathonkit.samples.bench.LargePages.main(new String[] {dir.resolve("pages").toString()});
    Path page = dir.resolve("pages").resolve("page-50mb.wiki");
    assertThat(Files.size(page)).isGreaterThanOrEqualTo(50_000_000L);
    Result r = java("-Xmx256m", "convert", page.toString(), "--to", "json", "--out", "o");
    assertThat(r.exitCode()).as(r.err().lines().limit(5).toList().toString()).isZero();
    assertThat(r.out()).contains("65568 topics");
    Path json = dir.resolve("o").resolve("xen-hackathon.json");
    assertThat(Files.size(json)).isGreaterThan(50_000_000L);
  }
}
