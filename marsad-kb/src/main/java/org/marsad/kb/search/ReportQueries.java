package org.marsad.kb.search;

import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;

/**
 * Turns a {@link SearchQuery} into a Lucene query without Lucene's query syntax. Each word or phrase must
 * match, in the text or the title, as written (with its proclitic readings) or through the keys of the other
 * script. Two or more bare words also match as a cross-script phrase of keys, which is how "Ag Ghaly" finds
 * "أغ غالي" although "ag" and "ghaly" are too short to be searched as keys alone.
 */
final class ReportQueries implements AutoCloseable {
  /** Lucene refuses queries above 1024 terms; this keeps every query far below that, whatever was typed. */
  private static final int MAX_TERMS = 400;
  private static final float TITLE_BOOST = 1.5f;
  private static final float KEY_BOOST = 0.5f;

  private final Analyzer words = new ReportAnalyzer(ReportAnalyzer.Mode.QUERY_WORDS);
  private final Analyzer keys = new ReportAnalyzer(ReportAnalyzer.Mode.QUERY_KEYS);

  /** The free-text part alone (for highlighting); null when the text asks for everything. */
  Query text(String raw) {
    List<QueryText.Part> parts = QueryText.parse(raw);
    if (parts.isEmpty()) {
      return null;
    }
    TermBudget budget = new TermBudget();
    BooleanQuery.Builder all = new BooleanQuery.Builder();
    List<Query> phrases = new ArrayList<>();
    List<String> bareWords = new ArrayList<>();
    int clauses = 0;
    for (QueryText.Part part : parts) {
      Query q = part(part.text(), budget);
      if (q != null) {
        all.add(q, Occur.MUST);
        clauses++;
        if (part.phrase()) {
          phrases.add(q);
        } else {
          bareWords.add(part.text());
        }
      }
    }
    if (clauses == 0) {
      return new MatchNoDocsQuery("no searchable word in the query");
    }
    Query exact = all.build();
    Query crossPhrase = bareWords.size() >= 2 ? keyClause(String.join(" ", bareWords), budget) : null;
    if (crossPhrase == null) {
      return exact;
    }
    BooleanQuery.Builder alternative = new BooleanQuery.Builder().add(crossPhrase, Occur.MUST);
    phrases.forEach(p -> alternative.add(p, Occur.MUST));
    return new BooleanQuery.Builder().add(exact, Occur.SHOULD).add(alternative.build(), Occur.SHOULD).build();
  }

  /** The text query restricted by dates and facet filters. */
  Query filtered(Query text, SearchQuery query, FacetsConfig config) {
    Query base = text;
    if (query.from().isPresent() || query.to().isPresent()) {
      long from = query.from().map(d -> d.toEpochDay()).orElse(Long.MIN_VALUE);
      long to = query.to().map(d -> d.toEpochDay()).orElse(Long.MAX_VALUE);
      BooleanQuery.Builder b = new BooleanQuery.Builder()
          .add(LongPoint.newRangeQuery(ReportDocuments.PUBLISHED, from, to), Occur.FILTER);
      if (text != null) {
        b.add(text, Occur.MUST);
      }
      base = b.build();
    }
    if (base == null) {
      base = new MatchAllDocsQuery();
    }
    if (query.filters().isEmpty()) {
      return base;
    }
    DrillDownQuery drillDown = new DrillDownQuery(config, base);
    query.filters().forEach((dim, values) -> values.forEach(v -> drillDown.add(dim.label(), v)));
    return drillDown;
  }

  private Query part(String text, TermBudget budget) {
    List<Positions.Position> analyzed = fit(Positions.of(words, text), budget);
    if (analyzed.isEmpty()) {
      return null;
    }
    BooleanQuery.Builder b = new BooleanQuery.Builder()
        .add(Positions.query(ReportDocuments.TEXT, analyzed), Occur.SHOULD)
        .add(new BoostQuery(Positions.query(ReportDocuments.TITLE, analyzed), TITLE_BOOST), Occur.SHOULD);
    Query cross = keyClause(text, budget);
    if (cross != null) {
      b.add(cross, Occur.SHOULD);
    }
    return b.build();
  }

  private Query keyClause(String text, TermBudget budget) {
    List<Positions.Position> analyzed = Positions.of(keys, text);
    int chars = 0;
    for (Positions.Position p : analyzed) {
      chars += p.terms().stream().mapToInt(MatchKeys::chars).max().orElse(0);
    }
    analyzed = fit(analyzed, budget);
    if (chars < MatchKeys.MIN_CHARS || analyzed.isEmpty()) {
      return null;
    }
    Query q = new BooleanQuery.Builder()
        .add(Positions.query(ReportDocuments.TEXT, analyzed), Occur.SHOULD)
        .add(Positions.query(ReportDocuments.TITLE, analyzed), Occur.SHOULD)
        .build();
    return new BoostQuery(q, KEY_BOOST);
  }

  /** Keeps the leading positions whose terms, searched in two fields, fit in what is left of the budget. */
  private static List<Positions.Position> fit(List<Positions.Position> positions, TermBudget budget) {
    int k = 0;
    while (k < positions.size() && 2 * positions.get(k).terms().size() <= budget.left) {
      budget.left -= 2 * positions.get(k).terms().size();
      k++;
    }
    return positions.subList(0, k);
  }

  @Override
  public void close() {
    words.close();
    keys.close();
  }

  /** Terms still allowed in the query being built. */
  private static final class TermBudget {
    private int left = MAX_TERMS;
  }
}
