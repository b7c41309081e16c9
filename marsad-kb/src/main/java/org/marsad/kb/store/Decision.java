package org.marsad.kb.store;

import java.time.Instant;

/**
 * A standing resolution decision, keyed by entity idents so that it outlives the entity rows themselves.
 * MERGE: {@code identB} is the same entity as {@code identA}. SPLIT: {@code identB} must never resolve to
 * {@code identA} again.
 */
public record Decision(long id, Kind kind, String identA, String identB, String why, boolean byHand,
                       Instant createdAt) {

  /** What the decision says. */
  public enum Kind {
    MERGE,
    SPLIT
  }
}
