package org.marsad.kb.store;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.marsad.extract.Modality;
import org.marsad.extract.RelationType;
import org.marsad.extract.Role;

/**
 * One relation or event as one report states it. Arguments are canonical entity ids (merges applied); the
 * evidence span is in code points of the report's text.
 */
public record StoredClaim(long id, long reportId, String localId, RelationType type, Modality modality,
                          Optional<String> attribution, Optional<String> timeText, Optional<LocalDate> earliest,
                          Optional<LocalDate> latest, int start, int end, String evidence, Instant ingestedAt,
                          Map<Role, List<Long>> args) {

  public StoredClaim {
    args = Map.copyOf(args);
  }

  /** The same claim with these arguments. */
  public StoredClaim withArgs(Map<Role, List<Long>> newArgs) {
    return new StoredClaim(id, reportId, localId, type, modality, attribution, timeText, earliest, latest, start, end,
        evidence, ingestedAt, newArgs);
  }

  public List<Long> arg(Role role) {
    return args.getOrDefault(role, List.of());
  }

  /** Every entity the claim involves, in any role. */
  public java.util.Set<Long> entities() {
    java.util.Set<Long> out = new java.util.TreeSet<>();
    args.values().forEach(out::addAll);
    return out;
  }
}
