package org.marsad.kb.search;

import java.util.List;
import java.util.Map;

/**
 * One page of hits. {@code totalHits} counts every matching report, exactly. {@code facets} has an entry for
 * every {@link FacetDim#label()}, with the most frequent values among all matching reports first; when more
 * reports match than {@link ReportSearch#FACET_SAMPLE}, the counts are estimated from a random sample of them
 * ({@code facetsSampled}), never above the number of matches.
 */
public record SearchResult(long totalHits, List<Hit> hits, Map<String, List<FacetCount>> facets,
                           boolean facetsSampled) {

  public SearchResult {
    hits = List.copyOf(hits);
    facets = Map.copyOf(facets);
  }

  public List<FacetCount> facet(FacetDim dim) {
    return facets.getOrDefault(dim.label(), List.of());
  }
}
