package dev.hackathonkit.samples.cli;

import dev.hackathonkit.io.EventFormatException;
import dev.hackathonkit.io.page.PageProfile;
import java.io.IOException;
import java.nio.file.Path;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Option;

/** The {@code --profile FILE} option shared by the commands that read pages. */
final class ProfileOption {
  @Option(
      names = "--profile",
      paramLabel = "FILE",
      description = "A page profile (JSON) saying how pages are laid out: which template holds a topic,"
          + " which headings hold the attendee lists... Default: the Xen Project wiki's.")
  @Nullable Path profile;

  /** The readers to use: with the profile from {@code --profile}, else the default. */
  Codecs codecs() throws IOException, EventFormatException {
    return Codecs.withProfile(profile == null ? null : PageProfile.fromJson(profile));
  }
}
