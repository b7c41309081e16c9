package org.marsad.kb.query;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.marsad.extract.Modality;
import org.marsad.extract.RelationType;
import org.marsad.extract.Role;
import org.marsad.kb.grade.Confidence;
import org.marsad.kb.store.StoredClaim;

/**
 * One relation or event as the whole knowledge base knows it: the claims of every report that states it,
 * each kept as its own evidence. {@code when} is event time (when it happened, by the reports' own time
 * expressions, else by publication date), never ingest time.
 *
 * <p>{@code evidence} is every piece of evidence, except in a fact read from its kept summary (an entity page's
 * affiliations), which carries only its best few: {@code confidence} always counts them all, and
 * {@link #evidenceTotal} says how many there are.
 */
public record Fact(RelationType type, Map<Role, List<Long>> args, List<Evidence> evidence, Optional<LocalDate> when,
                   Confidence confidence) {

  public Fact {
    args = Map.copyOf(args);
    evidence = List.copyOf(evidence);
  }

  /** One report's statement of the fact, with what an analyst needs to weigh it. */
  public record Evidence(StoredClaim claim, String source, String grade, Optional<LocalDate> published,
                         Optional<LocalDate> when) {
  }

  /** The firmest way any report states it, a denial counting only when nothing else is left. */
  public Modality modality() {
    return confidence.modality();
  }

  /** Some reports state it and others deny it. */
  public boolean contradicted() {
    return confidence.contradicted();
  }

  /** How many pieces of evidence the fact has, whether or not {@link #evidence} holds them all. */
  public int evidenceTotal() {
    return confidence.reports();
  }

  public List<Long> arg(Role r) {
    return args.getOrDefault(r, List.of());
  }
}
