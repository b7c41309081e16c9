package org.marsad.kb.store;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.marsad.kb.grade.Tally;

/**
 * What an ingest batch has read or written of the kept fact rows and last places (migration V8), so that counting
 * the next report's claims into them does not read them back: about 2.4 lookups per report, most of them for the
 * same few groups and places, on the thread that bounds the ingest rate.
 *
 * <p>A kept fact row is only ever written with a compare-and-set on what was cached ({@link FactSummaries}), so a
 * row changed behind the batch's back is read again, never overwritten. A last place is trusted as cached: like
 * {@link EntityCache}, that holds while this process is the store's single writer, which is why only
 * {@code Ingestor.ingestAll} and re-extraction use one, for one batch. {@link #clear} after a rolled-back
 * transaction.
 */
public final class SummaryCache {
  /** Beyond this many facts or places the cache starts again, so that a batch of millions stays in bounds. */
  private static final int MAX_ENTRIES = 500_000;
  private final Map<String, FactRow> facts = new HashMap<>();
  private final Map<Long, LastPlaces.Candidate> places = new HashMap<>();

  /**
   * A kept fact's row as this batch last read or wrote it. {@code tally} and {@code shown} are kept encoded, as
   * stored, because the compare-and-set compares them; {@code counts} is the tally parsed once.
   */
  record FactRow(long id, Optional<LocalDate> firstWhen, String tally, Tally counts, String shown,
                 List<FactSummaries.Evidence> shownList) {
    FactRow {
      shownList = List.copyOf(shownList);
    }
  }

  public void clear() {
    facts.clear();
    places.clear();
  }

  FactRow fact(String key) {
    return facts.get(key);
  }

  void fact(String key, FactRow row) {
    if (facts.size() >= MAX_ENTRIES && !facts.containsKey(key)) {
      facts.clear();
    }
    facts.put(key, row);
  }

  void forgetFact(String key) {
    facts.remove(key);
  }

  /** The entity's kept last place as this batch knows it, or null when it has not read it. */
  LastPlaces.Candidate place(long entityId) {
    return places.get(entityId);
  }

  void place(LastPlaces.Candidate c) {
    if (places.size() >= MAX_ENTRIES && !places.containsKey(c.entityId())) {
      places.clear();
    }
    places.put(c.entityId(), c);
  }
}
