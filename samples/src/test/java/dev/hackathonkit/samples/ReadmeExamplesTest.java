package dev.hackathonkit.samples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every Java example in the project's READMEs compiles, with the imports it shows, against the
 * modules as built: the root README and each module's.
 *
 * <p>An example that declares a type is compiled as the file it shows. Any other example is a
 * sequence of statements after its imports, compiled as the body of a method that may throw; an
 * example whose first line is {@code // continued} continues the example before it (it sees that
 * one's variables and imports).
 */
class ReadmeExamplesTest {
  private static final Pattern BLOCK = Pattern.compile("(?m)^```java\\n(.*?)^```", Pattern.DOTALL);
  private static final Pattern IMPORT = Pattern.compile("(?m)^import [\\w.]+(\\.\\*)?;\\n");
  private static final Pattern TYPE =
      Pattern.compile("(?m)^(public |final |abstract )*(class|record|interface|enum) (\\w+)");
  private static final Pattern PACKAGE = Pattern.compile("(?m)^package ([\\w.]+);");

  @TempDir Path out;

  /** An example: where it stands, its imports and its code. */
  record Example(String where, String imports, String code) {}

  @Test
  void everyJavaExampleInTheReadmesCompiles() throws IOException {
    List<Example> examples = new ArrayList<>();
    for (Path readme : readmes()) {
      examples.addAll(examples(readme));
    }
    assertThat(examples).as("Java examples in the READMEs").hasSizeGreaterThan(10);

    List<Path> sources = new ArrayList<>();
    for (int i = 0; i < examples.size(); i++) {
      sources.add(source(examples.get(i), i));
    }
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    try (StandardJavaFileManager files =
        javac.getStandardFileManager(diagnostics, Locale.ROOT, null)) {
      StringWriter log = new StringWriter();
      boolean compiled =
          javac
              .getTask(
                  log,
                  files,
                  diagnostics,
                  List.of(
                      "-d",
                      out.resolve("classes").toString(),
                      "-cp",
                      System.getProperty("java.class.path"),
                      "-proc:none",
                      "--release",
                      "17"),
                  null,
                  files.getJavaFileObjectsFromPaths(sources))
              .call();
      StringBuilder errors = new StringBuilder();
      diagnostics.getDiagnostics().stream()
          .filter(d -> d.getKind() == javax.tools.Diagnostic.Kind.ERROR)
          .forEach(
              d -> {
                int index = sources.indexOf(Path.of(d.getSource().toUri()));
                errors
                    .append(index < 0 ? "?" : examples.get(index).where())
                    .append(": ")
                    .append(d.getMessage(Locale.ROOT))
                    .append('\n');
              });
      assertThat(compiled).as("examples that do not compile:%n%s%s", errors, log).isTrue();
    }
  }

  private static List<Path> readmes() throws IOException {
    Path root = Path.of(System.getProperty("user.dir")).toAbsolutePath().getParent();
    assertThat(root.resolve("README.md"))
        .as("the project's README beside the samples module")
        .isRegularFile();
    List<Path> readmes = new ArrayList<>();
    readmes.add(root.resolve("README.md"));
    try (Stream<Path> modules = Files.list(root)) {
      modules
          .map(m -> m.resolve("README.md"))
          .filter(Files::isRegularFile)
          .sorted()
          .forEach(readmes::add);
    }
    return readmes;
  }

  static List<Example> examples(Path readme) throws IOException {
    String text = Files.readString(readme);
    List<Example> examples = new ArrayList<>();
    Matcher m = BLOCK.matcher(text);
    while (m.find()) {
      int line = (int) text.substring(0, m.start()).chars().filter(c -> c == '\n').count() + 2;
      Path root = Path.of(System.getProperty("user.dir")).toAbsolutePath().getParent();
      String where = root.relativize(readme.toAbsolutePath()) + ":" + line;
      String block = m.group(1);
      StringBuilder imports = new StringBuilder();
      Matcher i = IMPORT.matcher(block);
      while (i.find()) {
        imports.append(i.group());
      }
      String code = IMPORT.matcher(block).replaceAll("");
      if (code.startsWith("// continued") && !examples.isEmpty()) {
        Example before = examples.remove(examples.size() - 1);
        examples.add(new Example(where, before.imports() + imports, before.code() + code));
      } else {
        examples.add(new Example(where, imports.toString(), code));
      }
    }
    return examples;
  }

  private Path source(Example example, int index) throws IOException {
    Matcher type = TYPE.matcher(example.code());
    if (type.find()) { // a whole file
      Matcher pkg = PACKAGE.matcher(example.code());
      String folder = pkg.find() ? pkg.group(1).replace('.', '/') : "";
      String code = example.code();
      if (pkg.reset().find()) { // imports go after the package line
        code = code.substring(0, pkg.end()) + "\n" + example.imports() + code.substring(pkg.end());
      } else {
        code = example.imports() + code;
      }
      Path file =
          out.resolve("src").resolve("e" + index).resolve(folder).resolve(type.group(3) + ".java");
      Files.createDirectories(file.getParent());
      return Files.writeString(file, code);
    }
    String name = "Example" + index;
    String code =
        example.imports()
            + "\nclass "
            + name
            + " {\n  static void example() throws Exception {\n"
            + example.code()
            + "\n  }\n}\n";
    Path file = out.resolve("src").resolve("e" + index).resolve(name + ".java");
    Files.createDirectories(file.getParent());
    return Files.writeString(file, code);
  }
}
