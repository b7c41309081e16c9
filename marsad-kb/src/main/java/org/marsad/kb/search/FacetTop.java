package org.marsad.kb.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.PriorityQueue;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.SortedSetDocValues;

/**
 * The most frequent values of one dimension from counts per global ordinal: highest count first, ties in the
 * order of the values' bytes (lower ordinal first), as Lucene's {@code SortedSetDocValuesFacetCounts} ranks them.
 */
final class FacetTop {
  private FacetTop() {
  }

  /** At most {@code limit} values with a count above zero; their labels are read only for those kept. */
  static List<FacetCount> of(int[] counts, SortedSetDocValuesReaderState.OrdRange range, int limit,
      SortedSetDocValues values) throws IOException {
    // a better value has a higher key: its count in the high bits, then the lower ordinal
    PriorityQueue<Long> kept = new PriorityQueue<>(limit);
    for (int ord = range.start; ord <= range.end; ord++) {
      if (counts[ord] == 0) {
        continue;
      }
      long key = ((long) counts[ord] << 32) | (Integer.MAX_VALUE - ord);
      if (kept.size() < limit) {
        kept.add(key);
      } else if (key > kept.peek()) {
        kept.poll();
        kept.add(key);
      }
    }
    List<FacetCount> out = new ArrayList<>(kept.size());
    while (!kept.isEmpty()) {
      long key = kept.poll();
      int ord = Integer.MAX_VALUE - (int) key;
      String[] path = FacetsConfig.stringToPath(values.lookupOrd(ord).utf8ToString());
      out.add(new FacetCount(path[path.length - 1], key >>> 32));
    }
    Collections.reverse(out);
    return List.copyOf(out);
  }
}
