package org.marsad.kb.search;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * Remembers a pure function of a term for one token filter. Folding, clitic readings and cross-script keys cost
 * far more than a hash lookup (the transliterator compiles regular expressions), and news text repeats a small
 * vocabulary, so most words are seen before. Lucene reuses a chain on one thread at a time, so no locking is
 * needed. When full it starts over rather than track recency: a rare word costs one recomputation.
 */
final class TermMemo<V> {
  /** Enough for the working vocabulary of a language mix; a few MB per chain. */
  static final int DEFAULT_LIMIT = 50_000;
  private final Function<String, V> function;
  private final int limit;
  private final Map<String, V> known = new HashMap<>();

  TermMemo(Function<String, V> function, int limit) {
    if (limit < 1) {
      throw new IllegalArgumentException("memo limit must be positive, got " + limit);
    }
    this.function = function;
    this.limit = limit;
  }

  V get(String term) {
    V value = known.get(term);
    if (value == null) {
      value = function.apply(term);
      if (known.size() >= limit) {
        known.clear();
      }
      known.put(term, value);
    }
    return value;
  }
}
