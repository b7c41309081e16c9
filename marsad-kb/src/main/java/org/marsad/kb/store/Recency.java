package org.marsad.kb.store;

import java.time.LocalDate;
import java.util.Optional;

/**
 * A claim's event time as the kept summaries order it: the negated epoch day, so that ascending order is newest
 * first in every database, and {@link #UNDATED} (after every date) when the claim and its report give none.
 */
public final class Recency {
  public static final int UNDATED = Integer.MAX_VALUE;

  private Recency() {
  }

  /** The claim's own dates, else its report's publication day, as {@link org.marsad.kb.query} dates evidence. */
  public static Optional<LocalDate> when(Optional<LocalDate> earliest, Optional<LocalDate> latest,
                                         Optional<LocalDate> published) {
    return earliest.or(() -> latest).or(() -> published);
  }

  public static int of(Optional<LocalDate> when) {
    return when.map(d -> Math.toIntExact(-d.toEpochDay())).orElse(UNDATED);
  }

  public static Optional<LocalDate> day(int recency) {
    return recency == UNDATED ? Optional.empty() : Optional.of(LocalDate.ofEpochDay(-(long) recency));
  }
}
