package dev.hackathonkit.samples.cli;

import dev.hackathonkit.client.EditConflictException;
import dev.hackathonkit.client.EditResult;
import dev.hackathonkit.client.MediaWikiClient;
import dev.hackathonkit.client.WikiPublisher;
import dev.hackathonkit.io.EventFormatException;
import dev.hackathonkit.io.ImportResult;
import dev.hackathonkit.io.page.PageProfile;
import dev.hackathonkit.io.wikitext.PageEdit;
import dev.hackathonkit.io.wikitext.Unplaced;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
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
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code publish}: writes an event to a wiki page with the conflict-safe edit. */
@Command(
    name = "publish",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Writes an event (INPUT, any format convert reads) to the wiki page TITLE, with a conflict-safe"
          + " edit. An existing page is edited in place: only the lines of the topics, fields and"
          + " attendees that changed are rewritten, added or removed, in the page's own form; every"
          + " other line stays as it is. A page that does not exist is created in the layout of"
          + " --profile.",
      "A change that has no place in the page's layout (such as the event's venue) is listed and"
          + " nothing is saved (exit code 2), unless --force saves the parts that have a place."
          + " --dry-run prints the edit as a unified diff and saves nothing.",
      "A change someone else made since the event was read from that page (or, for an event from"
          + " elsewhere, since the page was read just before saving) is never overwritten: that is an"
          + " edit conflict, exit code 4, and nothing is saved.",
      "Credentials come only from the environment ("
          + Wiki.USER_ENV
          + " and "
          + Wiki.PASSWORD_ENV
          + " for a bot password, or "
          + Wiki.TOKEN_ENV
          + " for an OAuth 2 access token) or from"
          + " --credentials FILE (properties: user and password, or token), never from arguments."
    })
final class PublishCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @ParentCommand HackathonKit root;

  @Option(
      names = "--api",
      required = true,
      paramLabel = "URL",
      description = "The wiki's api.php URL.")
  URI api = URI.create("http://localhost/api.php");

  @Option(
      names = "--title",
      required = true,
      paramLabel = "TITLE",
      description = "The page to write.")
  String title = "";

  @Option(
      names = "--summary",
      paramLabel = "TEXT",
      defaultValue = "Updated with hackathon-kit",
      description = "Edit summary (default: ${DEFAULT-VALUE}).")
  String summary = "Updated with hackathon-kit";

  @Option(
      names = "--credentials",
      paramLabel = "FILE",
      description = "A properties file with user and password, or token.")
  @Nullable Path credentials;

  @Option(
      names = "--from",
      paramLabel = "FORMAT",
      converter = Format.ReadableFormat.class,
      description =
          "Read INPUT as this format: json, csv, ics, wiki, text, xml, frab-xml, frab-json.")
  @Nullable Format from;

  @Mixin ProfileOption profileOption = new ProfileOption();

  @Option(names = "--dry-run", description = "Print the edit as a unified diff; save nothing.")
  boolean dryRun;

  @Option(
      names = "--force",
      description = "Save the parts of the change that have a place even when others have none.")
  boolean force;

  @Parameters(index = "0", paramLabel = "INPUT", description = "The event to publish.")
  Path input = Path.of("");

  @Override
  public Integer call() throws IOException, EventFormatException {
    PrintWriter stdout = spec.commandLine().getOut();
    List<ImportResult> read = new ArrayList<>();
    profileOption.codecs().read(FormatDetector.detect(input, from), input, read::add);
    if (read.size() != 1) {
      throw new CliException(
          HackathonKit.EXIT_USAGE, input + ": holds " + read.size() + " events; publish takes one");
    }
    PageProfile profile =
        profileOption.profile == null ? null : ProfileOption.resolve(profileOption.profile);
    PrintWriter stderr = spec.commandLine().getErr();
    try (MediaWikiClient wiki =
        dryRun
            ? Wiki.reader(api, stderr)
            : Wiki.writer(api, credentials, root.environment, stderr)) {
      WikiPublisher publisher = WikiPublisher.of(wiki).withSummary(summary);
      if (profile != null) {
        publisher = publisher.withProfile(profile);
      }
      WikiPublisher.Publication p = publisher.prepare(read.get(0).event(), title);
      PageEdit edit = p.edit();
      if (edit != null) {
        for (Unplaced u : edit.unplaced()) {
          stderr.printf("%s: not written: %s%n", title, u);
        }
      }
      if (dryRun) {
        stdout.print(edit == null ? p.text() : edit.diff(title));
        stdout.printf(
            "%s: dry run: %s; nothing saved%n",
            title,
            edit == null
                ? "a new page of " + p.text().lines().count() + " lines"
                : edit.linesChanged()
                    + " line(s) changed, "
                    + edit.unplaced().size()
                    + " part(s) without a place");
        stdout.flush();
        stderr.flush();
        return edit == null || edit.complete() || force
            ? HackathonKit.EXIT_OK
            : HackathonKit.EXIT_USAGE;
      }
      if (edit != null && !edit.complete() && !force) { // !p.complete()
        stderr.flush();
        throw new CliException(
            HackathonKit.EXIT_USAGE,
            title
                + ": "
                + edit.unplaced().size()
                + " part(s) of the change have no place on"
                + " the page"
                + (p.pageChanged() ? " (it changed since the event was read)" : "")
                + "; nothing was saved (--force saves the parts that have a place, --dry-run shows them)");
      }
      EditResult saved = publisher.publish(p);
      if (saved.noChange()) {
        stdout.printf(
            "%s: unchanged (revision %d already holds this text)%n",
            saved.title(), saved.newRevisionId());
      } else if (saved.created()) {
        stdout.printf("%s: created as revision %d%n", saved.title(), saved.newRevisionId());
      } else {
        stdout.printf(
            "%s: saved as revision %d, %d line(s) changed%n",
            saved.title(), saved.newRevisionId(), edit == null ? 0 : edit.linesChanged());
      }
    } catch (EditConflictException e) {
      throw new CliException(
          HackathonKit.EXIT_WIKI,
          e.title()
              + ": edit conflict: the page changed since "
              + (e.baseRevisionId() != null ? "revision " + e.baseRevisionId() : "it was read")
              + (e.current() != null ? " (now revision " + e.current().revisionId() + ")" : "")
              + "; nothing was saved",
          e);
    } catch (IOException e) {
      throw Wiki.failure(e);
    }
    stdout.flush();
    return HackathonKit.EXIT_OK;
  }
}
