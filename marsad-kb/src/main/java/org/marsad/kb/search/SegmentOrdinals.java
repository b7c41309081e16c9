package org.marsad.kb.search;

import java.io.IOException;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.ArrayUtil;

/**
 * The facet ordinals of one segment, copied to the heap. Counting facets read every ordinal of every sampled
 * report through the doc values codec (a call, a packed read and memory-mapping checks per ordinal), which was
 * most of the CPU of a search. A report's ordinals come in increasing order, so each is kept as its distance from
 * the one before in a variable-length integer: about one byte each, which keeps a sample's reads in the CPU caches
 * that four-byte ordinals overflowed. A segment never changes, so its copy is read once and shared by every
 * reader that holds the segment.
 */
final class SegmentOrdinals {
  /** A report's bytes are {@code bytes[starts[doc]]} up to {@code bytes[starts[doc + 1]]}. */
  private final int[] starts;
  private final byte[] bytes;
  private final int valueCount;

  private SegmentOrdinals(int[] starts, byte[] bytes, int valueCount) {
    this.starts = starts;
    this.bytes = bytes;
    this.valueCount = valueCount;
  }

  static SegmentOrdinals read(LeafReader reader, String field) throws IOException {
    int maxDoc = reader.maxDoc();
    SortedSetDocValues values = DocValues.getSortedSet(reader, field);
    int[] starts = new int[maxDoc + 1];
    byte[] bytes = new byte[0];
    int n = 0;
    int next = 0;
    for (int doc = values.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = values.nextDoc()) {
      // reports without a value start (and end) where the next one does
      while (next <= doc) {
        starts[next++] = n;
      }
      long previous = 0;
      for (int i = values.docValueCount(); i > 0; i--) {
        long ord = values.nextOrd();
        bytes = ArrayUtil.grow(bytes, n + 5);
        n = writeVInt(bytes, n, Math.toIntExact(ord - previous));
        previous = ord;
      }
    }
    while (next <= maxDoc) {
      starts[next++] = n;
    }
    return new SegmentOrdinals(starts, ArrayUtil.copyOfSubArray(bytes, 0, n), (int) values.getValueCount());
  }

  /** Distinct values in the segment; its ordinals run from 0 below this. */
  int valueCount() {
    return valueCount;
  }

  /** Adds one to {@code counts[toGlobal[ord]]} for every ordinal of every document {@code docs} yields. */
  void countInto(DocIdSetIterator docs, int[] toGlobal, int[] counts) throws IOException {
    for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
      int ord = 0;
      for (int i = starts[doc], end = starts[doc + 1]; i < end; ) {
        byte b = bytes[i++];
        int delta = b & 0x7F;
        for (int shift = 7; b < 0; shift += 7) {
          b = bytes[i++];
          delta |= (b & 0x7F) << shift;
        }
        ord += delta;
        counts[toGlobal[ord]]++;
      }
    }
  }

  /** Seven bits a byte, lowest first; a set high bit means another byte follows. */
  private static int writeVInt(byte[] out, int at, int value) {
    int v = value;
    while ((v & ~0x7F) != 0) {
      out[at++] = (byte) ((v & 0x7F) | 0x80);
      v >>>= 7;
    }
    out[at++] = (byte) v;
    return at;
  }
}
