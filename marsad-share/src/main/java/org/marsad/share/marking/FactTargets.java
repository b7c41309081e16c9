package org.marsad.share.marking;

import java.util.ArrayList;
import java.util.List;
import java.util.function.LongFunction;
import org.marsad.kb.query.Fact;
import org.marsad.kb.store.StoredClaim;

/**
 * Where a marking set on one fact is kept: on the fact's key and on every statement the fact rests on when it is
 * set. A fact key is computed from the fact as it stands (entity idents by role, an event's first day), so it
 * changes when the fact does: an analyst merges one of its entities into another, an undated event gets its first
 * date, evidence with an earlier date arrives, two facts become one. A marking held by the key alone then stops
 * applying and the fact falls back to its reports' marking, a silent downgrade (OpenCTI issue 4175). The statements
 * stay with the fact through all of that, and the key survives re-extraction, which renews the statements; a fact
 * carries the strictest marking set on its key or on any of its statements.
 */
public record FactTargets(String factKey, List<MarkingTarget> statements) {
  public FactTargets {
    statements = List.copyOf(statements);
  }

  /** The targets of a fact as it stands, {@code reportSha} giving each report's SHA-256 by its id. */
  public static FactTargets of(Fact f, String factKey, LongFunction<String> reportSha) {
    List<MarkingTarget> statements = new ArrayList<>();
    for (Fact.Evidence e : f.evidence()) {
      StoredClaim c = e.claim();
      MarkingTarget t = MarkingTarget.statement(reportSha.apply(c.reportId()), c.localId(), c.type(), c.start(),
          c.end());
      if (!statements.contains(t)) {
        statements.add(t);
      }
    }
    return new FactTargets(factKey, statements);
  }

  public MarkingTarget key() {
    return MarkingTarget.fact(factKey);
  }

  /** The key first, then the statements. */
  public List<MarkingTarget> all() {
    List<MarkingTarget> out = new ArrayList<>(statements.size() + 1);
    out.add(key());
    out.addAll(statements);
    return out;
  }
}
