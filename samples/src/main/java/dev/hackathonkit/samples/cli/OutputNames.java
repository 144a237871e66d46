package dev.hackathonkit.samples.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The names of the output sets in one output folder, so that two sources never write the same
 * files. An event's output set is named after its id ({@code <name>.json}, {@code <name>-csv/},
 * ...), and ids are slugs: {@code Hackathon/Spring Dublin} and {@code Hackathon/spring Dublin}, or
 * {@code Summit/2019} and {@code Summit 2019}, have the same one. The first source to want a name
 * gets it; another source wanting it gets the first free {@code <name>-2}, {@code <name>-3}, ...
 *
 * <p>Names are kept for their source in every later run: the folder's {@value #FILE} lists each
 * name given and its source (a wiki page: {@code page:WIKI:TITLE}, the wiki empty for a dump; a
 * file: {@code file:ABSOLUTE-PATH}), one tab-separated line each, and lines are only ever added. A
 * source gets the name it had before; a name another source had before is not given to it, even
 * when that source is not part of this run. Files in the folder that no run listed are not
 * protected: they are overwritten as before.
 */
final class OutputNames {
  /** The list of names in the output folder. */
  static final String FILE = ".hackathon-kit-names.tsv";

  private static final String HEADER =
      "# hackathon-kit output names: NAME<TAB>SOURCE. A name stays its source's in every later run.";

  /**
   * A name given to a source other than the one it was wanted as.
   *
   * @param source the source given the other name
   * @param wanted the name it wanted (its event's id)
   * @param given the name it got
   * @param holder the source that holds {@code wanted}
   */
  record Renamed(String source, String wanted, String given, String holder) {
    /**
     * {@code Hackathon/spring Dublin: hackathon-spring-dublin-2 (hackathon-spring-dublin is taken
     * by Hackathon/Spring Dublin)}.
     */
    String line() {
      return label(source) + ": " + given + " (" + wanted + " is taken by " + label(holder) + ")";
    }
  }

  private final Path list;
  private final Map<String, String> owners = new HashMap<>();
  private final Map<String, String> givenThisRun = new LinkedHashMap<>();
  private final List<Renamed> renamed = new ArrayList<>();

  private OutputNames(Path list) {
    this.list = list;
  }

  /**
   * The names of {@code outDir}, with those listed by earlier runs.
   *
   * @throws IOException if the list exists but can't be read
   */
  static OutputNames in(Path outDir) throws IOException {
    OutputNames names = new OutputNames(outDir.resolve(FILE));
    if (Files.isRegularFile(names.list)) {
      for (String line : Files.readAllLines(names.list, StandardCharsets.UTF_8)) {
        int tab = line.indexOf('\t');
        if (line.startsWith("#") || tab <= 0) {
          continue;
        }
        names.owners.putIfAbsent(line.substring(0, tab), unescape(line.substring(tab + 1)));
      }
    }
    return names;
  }

  /** The source of a wiki page: {@code page:WIKI:TITLE}; the wiki empty when unknown (a dump). */
  static String page(@Nullable String wiki, String title) {
    return "page:" + (wiki == null ? "" : wiki) + ":" + title;
  }

  /** The source of a file: {@code file:} and its absolute, normalised path. */
  static String file(Path path) {
    return "file:" + path.toAbsolutePath().normalize();
  }

  /**
   * The name of the output set of {@code source}, whose event wants {@code wanted}; recorded in the
   * folder's list when new (the folder must exist then).
   *
   * @throws IOException if the list can't be written
   */
  String claim(String source, String wanted) throws IOException {
    String given = givenThisRun.get(source + "\n" + wanted);
    if (given != null) {
      return given;
    }
    Pattern numbered = Pattern.compile(Pattern.quote(wanted) + "(?:-[0-9]+)?");
    for (Map.Entry<String, String> e : owners.entrySet()) {
      if (e.getValue().equals(source)
          && numbered.matcher(e.getKey()).matches()
          && (given == null || e.getKey().length() < given.length())) {
        given = e.getKey(); // named so before; the shortest if it was named twice
      }
    }
    if (given == null) {
      given = wanted;
      for (int n = 2; owners.containsKey(given); n++) {
        given = wanted + "-" + n;
      }
      owners.put(given, source);
      append(given, source);
    }
    if (!given.equals(wanted)) {
      renamed.add(new Renamed(source, wanted, given, holder(wanted)));
    }
    givenThisRun.put(source + "\n" + wanted, given);
    return given;
  }

  /** The source that holds {@code name} in this folder, {@code ?} if none does. */
  String holder(String name) {
    return owners.getOrDefault(name, "?");
  }

  /** The sources of this run that were given another name than their event's id, in order. */
  List<Renamed> renamed() {
    return List.copyOf(renamed);
  }

  /** The source as a user knows it: the page title (and wiki), or the file's path. */
  static String label(String source) {
    if (source.startsWith("page:")) {
      String rest = source.substring("page:".length());
      int colon = rest.indexOf(':');
      String wiki = rest.substring(0, Math.max(colon, 0));
      String title = rest.substring(colon + 1);
      return wiki.isEmpty() ? title : title + " on " + wiki;
    }
    return source.startsWith("file:") ? source.substring("file:".length()) : source;
  }

  private void append(String name, String source) throws IOException {
    boolean fresh = !Files.exists(list);
    try (BufferedWriter w =
        Files.newBufferedWriter(
            list, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND)) {
      if (fresh) {
        w.write(HEADER);
        w.newLine();
      }
      w.write(name + "\t" + escape(source));
      w.newLine();
    }
  }

  private static String escape(String s) {
    return s.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r");
  }

  private static String unescape(String s) {
    StringBuilder sb = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\\' && i + 1 < s.length()) {
        char n = s.charAt(++i);
        sb.append(n == 't' ? '\t' : n == 'n' ? '\n' : n == 'r' ? '\r' : n);
      } else {
        sb.append(c);
      }
    }
    return sb.toString();
  }
}
