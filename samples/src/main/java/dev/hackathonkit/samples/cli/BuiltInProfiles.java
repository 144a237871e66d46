package dev.hackathonkit.samples.cli;

import dev.hackathonkit.io.page.PageProfile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The library's built-in page profiles with their ids. {@link PageProfile#builtIns()} gives the
 * profiles and {@link PageProfile#named(String)} accepts an id, but no accessor says a profile's
 * id: it is the stem of its file {@code <id>.profile.json} in {@link PageProfile#BUILT_IN_FOLDER},
 * so the ids are read from that folder's listing (in the io jar, or in {@code io/target/classes}).
 */
final class BuiltInProfiles {
  private static final String SUFFIX = ".profile.json";

  private BuiltInProfiles() {}

  /**
   * A built-in profile and its id ({@code xen-project}); the id is empty if the folder could not be
   * listed.
   */
  record Entry(String id, PageProfile profile) {
    /** {@code Xen Project wiki xen-project sites: ...; languages: en}, for {@code --profiles}. */
    String line() {
      String sites =
          profile.sites().isEmpty()
              ? "(none: chosen by what it places)"
              : String.join(", ", profile.sites());
      String languages =
          profile.languages().stream().map(Locale::toLanguageTag).collect(Collectors.joining(", "));
      return String.format(
          Locale.ROOT,
          "%-30s %-20s sites: %s; languages: %s",
          profile.name(),
          id,
          sites,
          languages);
    }
  }

  /** The built-in profiles in the library's order (generic first), each with its id. */
  static List<Entry> all() {
    List<String> ids = ids();
    List<Entry> entries = new ArrayList<>();
    for (PageProfile p : PageProfile.builtIns()) {
      String id = "";
      for (String candidate : ids) {
        if (PageProfile.named(candidate) == p) {
          id = candidate;
          break;
        }
      }
      entries.add(new Entry(id, p));
    }
    return entries;
  }

  /** {@code generic, xen-project, ...} (the names when an id is unknown), for error messages. */
  static String names() {
    return all().stream()
        .map(e -> e.id().isEmpty() ? e.profile().name() : e.id())
        .collect(Collectors.joining(", "));
  }

  /** The stems of the files in the built-in folder; empty if it cannot be listed. */
  private static List<String> ids() {
    URL folder = PageProfile.class.getResource(PageProfile.BUILT_IN_FOLDER);
    if (folder == null) {
      return List.of();
    }
    try {
      URI uri = folder.toURI();
      if ("jar".equals(uri.getScheme())) {
        FileSystem opened = null;
        FileSystem fs;
        try {
          fs = opened = FileSystems.newFileSystem(uri, Map.of());
        } catch (FileSystemAlreadyExistsException e) {
          fs = FileSystems.getFileSystem(uri);
        }
        try {
          return stems(fs.getPath(PageProfile.BUILT_IN_FOLDER));
        } finally {
          if (opened != null) {
            opened.close();
          }
        }
      }
      return stems(Path.of(uri));
    } catch (URISyntaxException | IOException | UncheckedIOException | IllegalArgumentException e) {
      return List.of();
    }
  }

  private static List<String> stems(Path folder) throws IOException {
    try (Stream<Path> files = Files.list(folder)) {
      return files
          .map(f -> f.getFileName() == null ? "" : f.getFileName().toString())
          .filter(n -> n.endsWith(SUFFIX))
          .map(n -> n.substring(0, n.length() - SUFFIX.length()))
          .sorted()
          .toList();
    }
  }
}
