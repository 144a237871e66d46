package dev.hackathonkit.samples.cli;

import dev.hackathonkit.io.EventFormatException;
import dev.hackathonkit.io.page.PageProfile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Option;

/** The {@code --profile NAME|FILE} option shared by the commands that read pages. */
final class ProfileOption {
  @Option(
      names = "--profile",
      paramLabel = "NAME|FILE",
      description =
          "How pages are laid out: a built-in page profile's name or id (convert --profiles"
              + " lists them), else a profile JSON file. Default: the library chooses among the built-ins"
              + " (the one whose sites name the page's wiki, else the one that places the most)."
              + " convert --to wiki also writes pages in this layout (default: the Xen Project wiki's).")
  @Nullable String profile;

  /**
   * The readers to use: with the profile from {@code --profile}, else choosing among the built-ins.
   */
  Codecs codecs() throws IOException, EventFormatException {
    return Codecs.withProfile(profile == null ? null : resolve(profile));
  }

  /**
   * The built-in profile named {@code value} (name or id, ignoring case), else the profile in the
   * file {@code value}.
   *
   * @throws CliException (usage) if there is neither, naming the built-ins
   * @throws EventFormatException if the file is not a valid profile
   */
  static PageProfile resolve(String value) throws IOException, EventFormatException {
    PageProfile builtIn = PageProfile.named(value);
    if (builtIn != null) {
      return builtIn;
    }
    Path file;
    try {
      file = Path.of(value);
    } catch (InvalidPathException e) {
      throw unknown(value);
    }
    if (!Files.isRegularFile(file)) {
      throw unknown(value);
    }
    return PageProfile.fromJson(file);
  }

  private static CliException unknown(String value) {
    return new CliException(
        HackathonKit.EXIT_USAGE,
        "--profile "
            + value
            + ": no built-in profile has that name and there is no such file; built-in profiles: "
            + BuiltInProfiles.names());
  }
}
