package org.marsad.kb.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.RandomSamplingFacetsCollector;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MultiCollectorManager;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopScoreDocCollectorManager;

/** One search on one searcher: top hits, exact total and facet counts in a single pass, then snippets. */
final class ReportSearch {
  private static final Sort NEWEST_FIRST = new Sort(new SortField(ReportDocuments.PUBLISHED_ORDER,
      SortField.Type.LONG, true));
  /**
   * Above this many matches facet counts come from a sample of this size. Counting reads every match's facet
   * ordinals in every segment, and was most of the time of a search matching half of 100,000 reports; a sample
   * ranks the values the same way and estimates each count within a few percent. The seed is fixed, so the
   * same search over the same index gives the same counts.
   */
  static final int FACET_SAMPLE = 10_000;
  private static final long SAMPLE_SEED = 0x6d61727361644cL;

  private ReportSearch() {
  }

  static SearchResult run(FacetedSearcher searcher, SearchQuery query, ReportQueries queries, FacetsConfig config,
      Analyzer indexAnalyzer) throws IOException {
    Query text = queries.text(query.text());
    Query full = queries.filtered(text, query, config);
    int window = Math.max(1, query.offset() + query.limit());
    // One pass: a second one without scores, for the total and the facet sample, let the top hits skip what could
    // not reach the page, but with nothing kept between searches it cost more than scoring every match (JFR, 100k
    // reports: the two passes took 29 % more samples than the one).
    CollectorManager<?, ? extends TopDocs> top = text == null
        ? new TopFieldCollectorManager(NEWEST_FIRST, window, null, Integer.MAX_VALUE)
        : new TopScoreDocCollectorManager(window, null, Integer.MAX_VALUE);
    Object[] results = searcher.search(full, new MultiCollectorManager(top,
        RandomSamplingFacetsCollector.createManager(FACET_SAMPLE, SAMPLE_SEED)));
    TopDocs topDocs = (TopDocs) results[0];
    RandomSamplingFacetsCollector matches = (RandomSamplingFacetsCollector) results[1];
    long total = 0;
    for (FacetsCollector.MatchingDocs m : matches.getOriginalMatchingDocs()) {
      total += m.totalHits;
    }
    int from = Math.min(query.offset(), topDocs.scoreDocs.length);
    int to = Math.min(query.offset() + query.limit(), topDocs.scoreDocs.length);
    List<Hit> hits = hits(searcher, topDocs, from, to, text == null ? new MatchAllDocsQuery() : text,
        indexAnalyzer);
    return new SearchResult(total, hits, facets(searcher, matches, total, query.facetLimit()),
        total > FACET_SAMPLE);
  }

  private static List<Hit> hits(FacetedSearcher searcher, TopDocs topDocs, int from, int to, Query text,
      Analyzer indexAnalyzer) throws IOException {
    if (from >= to) {
      return List.of();
    }
    int[] docIds = new int[to - from];
    for (int i = from; i < to; i++) {
      docIds[i - from] = topDocs.scoreDocs[i].doc;
    }
    List<Hit> shown = new SnippetHighlighter(searcher, indexAnalyzer).hits(text, docIds);
    List<Hit> hits = new ArrayList<>(docIds.length);
    for (int i = from; i < to; i++) {
      float score = topDocs.scoreDocs[i].score;
      Hit hit = shown.get(i - from);
      hits.add(new Hit(hit.reportId(), hit.title(), Float.isNaN(score) ? 0f : score, hit.snippets()));
    }
    return hits;
  }

  private static Map<String, List<FacetCount>> facets(FacetedSearcher searcher, RandomSamplingFacetsCollector matches,
      long total, int limit) throws IOException {
    SortedSetDocValuesReaderState state = searcher.facets();
    boolean sampled = total > FACET_SAMPLE;
    Map<String, List<FacetCount>> out = new LinkedHashMap<>();
    for (FacetDim dim : FacetDim.values()) {
      out.put(dim.label(), List.of());
    }
    if (state == null || limit == 0) {
      return out;
    }
    int[] counts = searcher.counter().count(matches.getMatchingDocs());
    double rate = matches.getSamplingRate(); // known once the sample was drawn, above
    SortedSetDocValues values = state.getDocValues();
    for (FacetDim dim : FacetDim.values()) {
      SortedSetDocValuesReaderState.OrdRange range = state.getOrdRange(dim.label());
      if (range == null) {
        continue; // no report carries this dimension yet
      }
      List<FacetCount> top = FacetTop.of(counts, range, limit, values);
      if (sampled) {
        // scaled up from the sample, never above the matches; Lucene's own amortizeFacetCounts also caps at
        // each value's document frequency, a terms lookup per value per segment that cost more than it saved
        top = top.stream().map(c -> new FacetCount(c.label(), Math.min(total, Math.round(c.count() / rate))))
            .toList();
      }
      out.put(dim.label(), top);
    }
    return out;
  }
}
