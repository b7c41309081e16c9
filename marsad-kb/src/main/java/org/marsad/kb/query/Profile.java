package org.marsad.kb.query;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.marsad.kb.store.Decision;
import org.marsad.kb.store.StoredEntity;

/**
 * What the knowledge base knows of one entity: its names, how often and where it is reported, its affiliations
 * over time, where it was last reported and by whom, and the merges that made it. Each affiliation carries its best
 * few pieces of evidence ({@link Fact#evidenceTotal} counts them all; {@link Questions#evidence} pages the rest).
 * {@code affiliations} may be one page of them, from the first in event-time order: {@code affiliationsTotal}
 * counts them all. {@code named} holds the entities the affiliations and the last place name, read in one go.
 */
public record Profile(StoredEntity entity, List<String> aliases, int reports, int mentions, List<Fact> affiliations,
                      int affiliationsTotal, Optional<LastSeen> lastSeen, List<Decision> decisions,
                      Map<Long, StoredEntity> named) {

  public Profile {
    aliases = List.copyOf(aliases);
    affiliations = List.copyOf(affiliations);
    decisions = List.copyOf(decisions);
    named = Map.copyOf(named);
  }

  /** The latest report placing the entity somewhere, by event time. */
  public record LastSeen(StoredEntity place, Fact.Evidence evidence) {
  }
}
