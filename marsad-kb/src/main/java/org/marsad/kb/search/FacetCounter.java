package org.marsad.kb.search;

import java.io.IOException;
import java.util.List;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.MultiDocValues;
import org.apache.lucene.index.OrdinalMap;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.LongValues;

/**
 * Counts facet values over matching documents of one reader, in the reader's global ordinals (those of
 * {@link SortedSetDocValuesReaderState}), from each segment's ordinals on the heap. The counts are the ones
 * Lucene's {@code SortedSetDocValuesFacetCounts} gives for the same documents.
 */
final class FacetCounter {
  private final IndexReader reader;
  private final SegmentOrdinals[] segments;
  /** Per segment, its ordinals' global ordinals; the same for every search on this reader. */
  private final int[][] toGlobal;
  private final int globalCount;

  private FacetCounter(IndexReader reader, SegmentOrdinals[] segments, int[][] toGlobal, int globalCount) {
    this.reader = reader;
    this.segments = segments;
    this.toGlobal = toGlobal;
    this.globalCount = globalCount;
  }

  static FacetCounter of(IndexReader reader, SortedSetDocValuesReaderState state, SegmentOrdinalCache cache)
      throws IOException {
    List<LeafReaderContext> leaves = reader.leaves();
    SortedSetDocValues global = state.getDocValues();
    OrdinalMap map = global instanceof MultiDocValues.MultiSortedSetDocValues multi ? multi.mapping : null;
    SegmentOrdinals[] segments = new SegmentOrdinals[leaves.size()];
    int[][] toGlobal = new int[leaves.size()][];
    for (LeafReaderContext leaf : leaves) {
      SegmentOrdinals ords = cache.of(leaf.reader());
      LongValues globalOrds = map == null ? LongValues.IDENTITY : map.getGlobalOrds(leaf.ord);
      int[] mapped = new int[ords.valueCount()];
      for (int ord = 0; ord < mapped.length; ord++) {
        mapped[ord] = Math.toIntExact(globalOrds.get(ord));
      }
      segments[leaf.ord] = ords;
      toGlobal[leaf.ord] = mapped;
    }
    return new FacetCounter(reader, segments, toGlobal, Math.toIntExact(global.getValueCount()));
  }

  /** Documents per global ordinal among {@code matches}, which must come from this counter's reader. */
  int[] count(List<FacetsCollector.MatchingDocs> matches) throws IOException {
    int[] counts = new int[globalCount];
    for (FacetsCollector.MatchingDocs m : matches) {
      if (ReaderUtil.getTopLevelContext(m.context).reader() != reader) {
        // a segment's position in another reader names other ordinals: counting would be silently wrong
        throw new SearchException("facet matches come from another reader than the one counted: " + m.context);
      }
      DocIdSetIterator docs = m.bits == null ? null : m.bits.iterator();
      if (docs != null) {
        int leaf = m.context.ord;
        segments[leaf].countInto(docs, toGlobal[leaf], counts);
      }
    }
    return counts;
  }
}
