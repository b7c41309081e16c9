package org.marsad.kb.search;

import java.io.IOException;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherFactory;

/**
 * A searcher together with the facet ordinal map of its reader and the counter over it. Building that map walks
 * every facet value in the index, so it is built once when a reader is opened, never per query.
 */
final class FacetedSearcher extends IndexSearcher {
  private final SortedSetDocValuesReaderState facets;
  private final FacetCounter counter;

  private FacetedSearcher(IndexReader reader, FacetsConfig config, SegmentOrdinalCache ordinals)
      throws IOException {
    super(reader);
    this.facets = hasFacets(reader, config) ? new DefaultSortedSetDocValuesReaderState(reader, config) : null;
    this.counter = facets == null ? null : FacetCounter.of(reader, facets, ordinals);
  }

  /** Searchers of one index; the segments they share are read for facet counting once. */
  static SearcherFactory factory(FacetsConfig config) {
    SegmentOrdinalCache ordinals = new SegmentOrdinalCache(config.getDimConfig(FacetDim.GROUP.label()).indexFieldName);
    return new SearcherFactory() {
      @Override
      public IndexSearcher newSearcher(IndexReader reader, IndexReader previousReader) throws IOException {
        return new FacetedSearcher(reader, config, ordinals);
      }
    };
  }

  /** Null while no document in the reader has a facet value. */
  SortedSetDocValuesReaderState facets() {
    return facets;
  }

  /** Null exactly when {@link #facets()} is. */
  FacetCounter counter() {
    return counter;
  }

  private static boolean hasFacets(IndexReader reader, FacetsConfig config) {
    String field = config.getDimConfig(FacetDim.GROUP.label()).indexFieldName;
    for (LeafReaderContext leaf : reader.leaves()) {
      if (leaf.reader().getFieldInfos().fieldInfo(field) != null) {
        return true;
      }
    }
    return false;
  }
}
