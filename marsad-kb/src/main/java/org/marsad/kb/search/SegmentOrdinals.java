package org.marsad.kb.search;

import java.io.IOException;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.ArrayUtil;

/**
 * The facet ordinals of one segment, copied to the heap: a report's ordinals are {@code ords[starts[doc]]} up to
 * {@code ords[starts[doc + 1]]}. Counting facets read every ordinal of every sampled report through the doc values
 * codec (packed, behind memory-mapping checks), which was most of the CPU of a search; from a plain array the same
 * count costs a tenth of that. A segment never changes, so its copy is read once (about 4 bytes per facet value of
 * each report) and shared by every reader that holds the segment.
 */
final class SegmentOrdinals {
  private final int[] starts;
  private final int[] ords;
  private final int valueCount;

  private SegmentOrdinals(int[] starts, int[] ords, int valueCount) {
    this.starts = starts;
    this.ords = ords;
    this.valueCount = valueCount;
  }

  static SegmentOrdinals read(LeafReader reader, String field) throws IOException {
    int maxDoc = reader.maxDoc();
    SortedSetDocValues values = DocValues.getSortedSet(reader, field);
    int[] starts = new int[maxDoc + 1];
    int[] ords = new int[0];
    int n = 0;
    int next = 0;
    for (int doc = values.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = values.nextDoc()) {
      // reports without a value start (and end) where the next one does
      while (next <= doc) {
        starts[next++] = n;
      }
      int count = values.docValueCount();
      ords = ArrayUtil.grow(ords, n + count);
      for (int i = 0; i < count; i++) {
        ords[n++] = Math.toIntExact(values.nextOrd());
      }
    }
    while (next <= maxDoc) {
      starts[next++] = n;
    }
    return new SegmentOrdinals(starts, ArrayUtil.copyOfSubArray(ords, 0, n), (int) values.getValueCount());
  }

  /** Distinct values in the segment; its ordinals run from 0 below this. */
  int valueCount() {
    return valueCount;
  }

  /** Adds one to {@code counts[toGlobal[ord]]} for every ordinal of every document {@code docs} yields. */
  void countInto(DocIdSetIterator docs, int[] toGlobal, int[] counts) throws IOException {
    for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
      for (int i = starts[doc], end = starts[doc + 1]; i < end; i++) {
        counts[toGlobal[ords[i]]]++;
      }
    }
  }
}
