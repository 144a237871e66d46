package dev.hackathonkit.io.wikitext;

import static java.util.Objects.requireNonNull;

import dev.hackathonkit.io.ImportProblem;
import dev.hackathonkit.io.wikitext.WikiNode.Heading;
import dev.hackathonkit.io.wikitext.WikiNode.Template;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A parsed page: its nodes (printing them gives back the input exactly) and the problems found,
 * each with a {@link MarkupProblem} code, line and column.
 *
 * @param source the input's name, used in problem locations
 * @param nodes the top-level nodes
 * @param problems warnings in input order, at most {@code ReadLimits.maxProblems()}
 */
public record ParsedPage(String source, List<WikiNode> nodes, List<ImportProblem> problems) {

  /** Checks and copies. */
  public ParsedPage {
    requireNonNull(source, "source");
    nodes = List.copyOf(nodes);
    problems = List.copyOf(problems);
  }

  /** The page as markup: exactly the parsed input. */
  public String toWikitext() {
    return WikiNodes.print(nodes);
  }

  /** Every template on the page, at any depth, in input order. */
  public List<Template> templates() {
    return WikiNodes.templates(nodes);
  }

  /** The templates called {@code name} (compared as MediaWiki does), at any depth, in order. */
  public List<Template> templates(String name) {
    return WikiNodes.templates(nodes, name);
  }

  /**
   * The sections of the page in input order: first the lead section (possibly empty), then one per
   * top-level heading.
   */
  public List<Section> sections() {
    List<Section> sections = new ArrayList<>();
    List<Integer> headings = new ArrayList<>();
    for (int i = 0; i < nodes.size(); i++) {
      if (nodes.get(i) instanceof Heading) {
        headings.add(i);
      }
    }
    int leadEnd = headings.isEmpty() ? nodes.size() : headings.get(0);
    sections.add(new Section(null, nodes.subList(0, leadEnd)));
    for (int h = 0; h < headings.size(); h++) {
      int at = headings.get(h);
      Heading heading = (Heading) nodes.get(at);
      int end = nodes.size();
      for (int k = h + 1; k < headings.size(); k++) {
        if (((Heading) nodes.get(headings.get(k))).level() <= heading.level()) {
          end = headings.get(k);
          break;
        }
      }
      sections.add(new Section(heading, nodes.subList(at + 1, end)));
    }
    return sections;
  }

  /**
   * The first section whose heading title is {@code title}, comparing trimmed, with blanks
   * collapsed and ignoring case.
   */
  public Optional<Section> section(String title) {
    String wanted = fold(title);
    return sections().stream()
        .filter(s -> s.heading() != null && fold(s.title()).equals(wanted))
        .findFirst();
  }

  private static String fold(String s) {
    return WikiNodes.normalizeTitle(s).toLowerCase(Locale.ROOT);
  }
}
