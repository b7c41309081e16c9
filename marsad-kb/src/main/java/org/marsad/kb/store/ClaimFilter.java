package org.marsad.kb.store;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import org.marsad.extract.RelationType;

/** Which claims to read. Empty parts do not filter. */
public record ClaimFilter(Set<RelationType> types, Optional<Long> canonicalEntity, Optional<Instant> ingestedSince,
                          Optional<Long> reportId) {

  public ClaimFilter {
    types = Set.copyOf(types);
  }

  public static ClaimFilter all() {
    return new ClaimFilter(Set.of(), Optional.empty(), Optional.empty(), Optional.empty());
  }

  public ClaimFilter withTypes(Set<RelationType> t) {
    return new ClaimFilter(t, canonicalEntity, ingestedSince, reportId);
  }

  public ClaimFilter withEntity(long canonicalId) {
    return new ClaimFilter(types, Optional.of(canonicalId), ingestedSince, reportId);
  }

  public ClaimFilter since(Instant t) {
    return new ClaimFilter(types, canonicalEntity, Optional.of(t), reportId);
  }

  public ClaimFilter inReport(long id) {
    return new ClaimFilter(types, canonicalEntity, ingestedSince, Optional.of(id));
  }
}
