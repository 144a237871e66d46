package dev.hackathonkit.io.page;

import static java.util.Objects.requireNonNull;

import dev.hackathonkit.io.ImportReport;
import dev.hackathonkit.io.ImportResult;
import dev.hackathonkit.io.ProfileChoice;
import dev.hackathonkit.io.internal.PlainText;
import dev.hackathonkit.model.Event;
import dev.hackathonkit.model.Source;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * The page core: maps a {@link PageOutline} (from any front end: wikitext, rendered text, HTML) to
 * an event with a {@link PageProfile}, the one mapper every syntax shares. With one profile it maps
 * with that one; with several it chooses:
 *
 * <ol>
 *   <li>a profile whose {@link PageProfile#sites()} names the page's wiki (the source's site, the
 *       rendered page's {@code From X} line, or the host of the source URL), else
 *   <li>the profile that understands the most of the page (places it in the model's own fields, not
 *       only in {@code extra}); a later candidate must understand more than 2 % of the page beyond
 *       an earlier one to be chosen, so that the order of the list (the generic profile first)
 *       decides between near ties.
 * </ol>
 *
 * The report's {@link dev.hackathonkit.io.ImportReport#profile()} names the profile used, why, and
 * (when the choice was by coverage) the runner-up with its coverage.
 *
 * <pre>{@code
 * ImportResult r = PageCore.read(outline, PageProfile.builtIns(), source, 1000);
 * System.out.println(r.report().profile()); // ProfileChoice[profile=Generic, reason=placed the most ...]
 * }</pre>
 */
public final class PageCore {
  private PageCore() {}

  /**
   * Maps an outline with one profile.
   *
   * @param outline the page
   * @param profile how the page is laid out
   * @param source where the page comes from (its title names the page when it states no name), or
   *     {@code null}
   * @param maxProblems how many problems the report keeps
   * @return the event and the report
   */
  public static ImportResult read(
      PageOutline outline, PageProfile profile, @Nullable Source source, int maxProblems) {
    requireNonNull(outline, "outline");
    requireNonNull(profile, "profile");
    return OutlineMapper.map(
        outline, profile, source, maxProblems, ProfileChoice.named(profile.name()));
  }

  /**
   * Maps an outline with one profile, and says where each topic and attendee of the event came
   * from: what an in-place editor needs to change the page where the event changed.
   *
   * @param outline the page
   * @param profile how the page is laid out
   * @param source where the page comes from, or {@code null}
   * @param maxProblems how many problems the report keeps
   * @return the event and the report (as {@link #read(PageOutline, PageProfile, Source, int)} gives
   *     them), and the trace
   */
  public static Traced readTraced(
      PageOutline outline, PageProfile profile, @Nullable Source source, int maxProblems) {
    requireNonNull(outline, "outline");
    requireNonNull(profile, "profile");
    OutlineMapper.Reading r =
        OutlineMapper.mapped(
            outline, profile, source, maxProblems, ProfileChoice.named(profile.name()));
    return new Traced(r.result(), r.trace());
  }

  /**
   * A reading with its trace.
   *
   * @param result the event and the report
   * @param trace where each topic and attendee of {@code result.event()} came from
   */
  public record Traced(ImportResult result, PageTrace trace) {
    /** Checks. */
    public Traced {
      requireNonNull(result, "result");
      requireNonNull(trace, "trace");
    }
  }

  /**
   * Maps an outline with the profile chosen among {@code candidates} (see the class comment).
   *
   * @param outline the page
   * @param candidates the profiles to choose from, at least one
   * @param source where the page comes from, or {@code null}
   * @param maxProblems how many problems the report keeps
   * @return the event and the report, which names the profile chosen
   * @throws IllegalArgumentException if {@code candidates} is empty
   */
  public static ImportResult read(
      PageOutline outline, List<PageProfile> candidates, @Nullable Source source, int maxProblems) {
    requireNonNull(outline, "outline");
    if (candidates.isEmpty()) {
      throw new IllegalArgumentException("candidates must not be empty");
    }
    if (candidates.size() == 1) {
      return read(outline, candidates.get(0), source, maxProblems);
    }
    PageProfile bySite = forSite(candidates, siteNames(outline, source));
    if (bySite != null) {
      // the page's wiki is known: its profile reads the page, and no other is tried
      return OutlineMapper.map(
          outline,
          bySite,
          source,
          maxProblems,
          new ProfileChoice(bySite.name(), "the page's wiki is one of its sites", null, 0));
    }
    // Each candidate's reading is kept as its score only, and made without listing problems and
    // unmapped parts; the chosen profile then maps the page again for the event and the full
    // report. A large page's event (about the page's size) is never held twice, nor the long
    // lists of what a profile that does not fit the page leaves out.
    Scored best = null;
    List<Scored> scored = new ArrayList<>(candidates.size());
    long margin = margin(outline);
    for (PageProfile p : candidates) {
      OutlineMapper.Reading r = OutlineMapper.scored(outline, p, source);
      Scored s = Scored.of(p, r.result(), r.understood());
      r = null; // not held while the next profile maps the page
      scored.add(s);
      if (best == null || s.beats(best, margin)) {
        best = s;
      }
    }
    // candidates is not empty (checked above), so the loop chose one
    requireNonNull(best, "no candidate scored");
    ImportResult bestResult = OutlineMapper.map(outline, best.profile(), source, maxProblems, null);
    Scored runnerUp = null;
    for (Scored s : scored) {
      if (s != best && (runnerUp == null || s.beats(runnerUp, 0))) {
        runnerUp = s;
      }
    }
    String reason = "placed the most of the page";
    ProfileChoice choice =
        new ProfileChoice(
            best.profile().name(),
            reason,
            runnerUp == null ? null : runnerUp.profile().name(),
            runnerUp == null ? 0 : runnerUp.coverage());
    ImportReport r = bestResult.report();
    return new ImportResult(
        bestResult.event(),
        new ImportReport(
            r.source(),
            r.problems(),
            r.droppedProblems(),
            r.unmapped(),
            r.inputChars(),
            r.mappedChars(),
            choice));
  }

  /**
   * The first of {@code candidates} whose sites name one of {@code names}, ignoring case; or {@code
   * null}.
   */
  static @Nullable PageProfile forSite(List<PageProfile> candidates, List<String> names) {
    for (String name : names) {
      String n = name.strip().toLowerCase(Locale.ROOT);
      for (PageProfile p : candidates) {
        for (String site : p.sites()) {
          if (site.strip().toLowerCase(Locale.ROOT).equals(n)) {
            return p;
          }
        }
      }
    }
    return null;
  }

  private static List<String> siteNames(PageOutline outline, @Nullable Source source) {
    List<String> names = new ArrayList<>(3);
    if (source != null && source.site() != null) {
      names.add(source.site());
    }
    if (outline.site() != null) {
      names.add(outline.site());
    }
    if (source != null && source.url() != null) {
      String host = source.url().getHost();
      if (host != null) {
        names.add(host);
      }
    }
    return names;
  }

  /**
   * How much more of the page a later candidate must place to be chosen over an earlier one: 2 % of
   * the page. Community profiles extend the generic one with a few words; a word or two more placed
   * is no reason to prefer a community's layout to the generic reading.
   */
  private static long margin(PageOutline outline) {
    return Math.max(1, PlainText.nonBlank(outline.input()) / 50);
  }

  /** One candidate's reading, for the choice. */
  private record Scored(PageProfile profile, long understood, int facts, double coverage) {
    static Scored of(PageProfile profile, ImportResult result, long understood) {
      Event e = result.event();
      return new Scored(
          profile,
          understood,
          e.days().size() + e.topics().size() + e.attendees().size(),
          result.report().coverage());
    }

    /**
     * Whether this reading placed more than {@code other} by more than {@code margin} characters
     * (or as much, with more facts).
     */
    boolean beats(Scored other, long margin) {
      long mine = understood;
      long theirs = other.understood();
      if (margin > 0) {
        return mine > theirs + margin;
      }
      if (mine != theirs) {
        return mine > theirs;
      }
      return facts > other.facts();
    }
  }
}
