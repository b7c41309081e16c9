package org.marsad.app.kb;

import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.marsad.app.Dates;
import org.marsad.kb.search.FacetCount;
import org.marsad.kb.search.FacetDim;
import org.marsad.kb.search.Highlight;
import org.marsad.kb.search.Hit;
import org.marsad.kb.search.SearchQuery;
import org.marsad.kb.search.SearchResult;
import org.marsad.kb.search.Snippet;
import org.marsad.kb.store.Reports;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** `marsad search QUERY`: full-text search with facets and highlighted snippets. */
@Command(name = "search", mixinStandardHelpOptions = true, description = {
    "Search the reports. Arabic words match with their proclitics (داعش finds لداعش); Latin script finds Arabic "
        + "names through transliteration (Kidal finds كيدال). Words are AND-ed; \"...\" is a phrase.",
    "Highlights are marked ⟦like this⟧; offsets in --json count characters of the stored report text."})
public final class SearchCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Mixin
  StoreOptions store;

  @Parameters(paramLabel = "QUERY", arity = "0..*", description = "Words or \"phrases\"; none lists every report.")
  List<String> words = List.of();

  @Option(names = "--group", paramLabel = "NAME") List<String> groups = List.of();
  @Option(names = "--person", paramLabel = "NAME") List<String> people = List.of();
  @Option(names = "--place", paramLabel = "NAME") List<String> places = List.of();
  @Option(names = "--type", paramLabel = "TYPE", description = "Event or relation type.") List<String> types = List.of();
  @Option(names = "--source", paramLabel = "NAME") List<String> sources = List.of();
  @Option(names = "--from", paramLabel = "DATE", description = "Published on or after.") String from;
  @Option(names = "--to", paramLabel = "DATE", description = "Published on or before.") String to;
  @Option(names = "--limit", paramLabel = "N", description = "Hits to show (default ${DEFAULT-VALUE}).") int limit = 10;
  @Option(names = "--json", description = "Print JSON.") boolean json;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    SearchQuery.Builder q = SearchQuery.builder().text(String.join(" ", words)).page(0, limit);
    filter(q, FacetDim.EVENT_TYPE, types.stream().map(t -> t.toUpperCase(java.util.Locale.ROOT)).toList());
    filter(q, FacetDim.SOURCE, sources);
    if (from != null) {
      q.from(Dates.parse("--from", from));
    }
    if (to != null) {
      q.to(Dates.parse("--to", to));
    }
    try (KbSession kb = new KbSession(store)) {
      filter(q, FacetDim.GROUP, labels(kb, groups));
      filter(q, FacetDim.PERSON, labels(kb, people));
      filter(q, FacetDim.PLACE, labels(kb, places));
      SearchResult r = kb.index().search(q.build());
      Reports reports = new Reports(kb.db().handle());
      if (json) {
        out.println(KbJson.write(KbJson.answers(kb, new Names(kb.questions())).search(r)));
      } else {
        out.println(r.totalHits() + " report(s) / تقارير");
        for (Hit h : r.hits()) {
          String input = reports.byId(h.reportId()).map(x -> x.inputName()).orElse("?");
          out.println("  report " + h.reportId() + "  " + (h.title().isBlank() ? input : h.title() + "  " + input));
          for (Snippet s : h.snippets()) {
            out.println("      … " + marked(s) + " …");
          }
        }
        for (Map.Entry<String, List<FacetCount>> f : r.facets().entrySet()) {
          if (!f.getValue().isEmpty()) {
            StringBuilder sb = new StringBuilder("  " + f.getKey() + ":");
            f.getValue().forEach(c -> sb.append("  ").append(c.label()).append(" (").append(c.count()).append(')'));
            out.println(sb);
          }
        }
      }
    }
    out.flush();
    return 0;
  }

  private static List<String> labels(KbSession kb, List<String> typed) {
    return new org.marsad.kb.query.EntityLookup(new org.marsad.kb.store.Entities(kb.db().handle()), kb.nameKey())
        .facetLabels(typed);
  }

  private static void filter(SearchQuery.Builder q, FacetDim dim, List<String> values) {
    if (!values.isEmpty()) {
      q.filter(dim, values.toArray(String[]::new));
    }
  }

  /** The snippet with its highlights bracketed; highlight offsets are in report text, snippets start at start(). */
  static String marked(Snippet s) {
    StringBuilder sb = new StringBuilder();
    int at = s.start();
    for (Highlight h : s.highlights()) {
      sb.append(s.text(), at - s.start(), h.start() - s.start()).append('⟦')
          .append(s.text(), h.start() - s.start(), h.end() - s.start()).append('⟧');
      at = h.end();
    }
    sb.append(s.text().substring(at - s.start()));
    return sb.toString().replaceAll("\\s+", " ").trim();
  }
}
