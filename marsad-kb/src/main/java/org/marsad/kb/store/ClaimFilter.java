package org.marsad.kb.store;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import org.marsad.extract.RelationType;

/** Which claims to read. Empty parts do not filter. */
public record ClaimFilter(Set<RelationType> types, Set<Long> canonicalEntities, Optional<Instant> ingestedSince,
                          Optional<Long> reportId) {

  public ClaimFilter {
    types = Set.copyOf(types);
    canonicalEntities = Set.copyOf(canonicalEntities);
  }

  public static ClaimFilter all() {
    return new ClaimFilter(Set.of(), Set.of(), Optional.empty(), Optional.empty());
  }

  public ClaimFilter withTypes(Set<RelationType> t) {
    return new ClaimFilter(t, canonicalEntities, ingestedSince, reportId);
  }

  /** Claims involving this entity (or anything merged into it). */
  public ClaimFilter withEntity(long canonicalId) {
    return withEntities(Set.of(canonicalId));
  }

  /** Claims involving any of these entities. */
  public ClaimFilter withEntities(Set<Long> canonicalIds) {
    return new ClaimFilter(types, canonicalIds, ingestedSince, reportId);
  }

  public ClaimFilter since(Instant t) {
    return new ClaimFilter(types, canonicalEntities, Optional.of(t), reportId);
  }

  public ClaimFilter inReport(long id) {
    return new ClaimFilter(types, canonicalEntities, ingestedSince, Optional.of(id));
  }
}
