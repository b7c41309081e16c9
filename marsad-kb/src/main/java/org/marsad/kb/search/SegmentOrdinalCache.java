package org.marsad.kb.search;

import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;

/**
 * Each segment's {@link SegmentOrdinals}, read the first time a reader holds the segment and dropped when the
 * segment closes. A near-real-time reader is opened again after every batch of new reports; only its new segments
 * are read then. Keyed by the segment's core: deletions do not change the doc values of the documents left.
 */
final class SegmentOrdinalCache {
  private final String field;
  private final Map<IndexReader.CacheKey, SegmentOrdinals> segments = new ConcurrentHashMap<>();

  SegmentOrdinalCache(String field) {
    this.field = field;
  }

  SegmentOrdinals of(LeafReader segment) throws IOException {
    IndexReader.CacheHelper core = segment.getCoreCacheHelper();
    if (core == null) {
      return SegmentOrdinals.read(segment, field); // a reader that cannot say when it closes is never kept
    }
    SegmentOrdinals known = segments.get(core.getKey());
    if (known != null) {
      return known;
    }
    SegmentOrdinals read = SegmentOrdinals.read(segment, field);
    SegmentOrdinals first = segments.putIfAbsent(core.getKey(), read);
    if (first != null) {
      return first;
    }
    core.addClosedListener(segments::remove);
    return read;
  }

  /** Segments kept now. */
  int size() {
    return segments.size();
  }
}
