package org.marsad.server;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Answers already written, kept while the knowledge base they were computed from is unchanged. An entity named
 * in tens of thousands of reports takes seconds to profile, and analysts open the same few entities over and
 * over; the answer is the same until a report is ingested, an analyst corrects an entity or the index moves on.
 * Each entry records the {@link KbPool#version} it was computed at, and an entry of another version is never
 * served. Least recently used entries go first once the byte budget is spent. Thread-safe.
 */
final class AnswerCache {
  /** An answer larger than this share of the budget is not kept, so that one answer cannot empty the cache. */
  private static final int LARGEST_SHARE = 8;
  private final long budget;
  private final LinkedHashMap<String, Entry> entries = new LinkedHashMap<>(64, 0.75f, true);
  private long used;

  private record Entry(String version, byte[] body) {
  }

  /** A cache of at most {@code budgetBytes} of answers; 0 keeps nothing. */
  AnswerCache(long budgetBytes) {
    if (budgetBytes < 0) {
      throw new ServerException(500, "the answer cache budget cannot be negative: " + budgetBytes);
    }
    this.budget = budgetBytes;
  }

  synchronized Optional<byte[]> get(String key, String version) {
    Entry e = entries.get(key);
    if (e == null) {
      return Optional.empty();
    }
    if (!e.version().equals(version)) {
      entries.remove(key);
      used -= e.body().length;
      return Optional.empty();
    }
    return Optional.of(e.body());
  }

  synchronized void put(String key, String version, byte[] body) {
    if (body.length > budget / LARGEST_SHARE) {
      return;
    }
    Entry old = entries.put(key, new Entry(version, body));
    used += body.length - (old == null ? 0 : old.body().length);
    Iterator<Map.Entry<String, Entry>> eldest = entries.entrySet().iterator();
    while (used > budget && eldest.hasNext()) {
      used -= eldest.next().getValue().body().length;
      eldest.remove();
    }
  }

  synchronized long usedBytes() {
    return used;
  }

  synchronized int size() {
    return entries.size();
  }
}
