package org.marsad.share.marking;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.marsad.share.stix.Tlp;

/** The markings analysts and imports have set, over the store's {@code marking} table. */
public final class Markings {
  private final Handle h;

  public Markings(Handle h) {
    this.h = h;
  }

  /** Sets the marking, replacing any on the same target: an analyst's decision. */
  public void set(MarkingTarget t, Tlp tlp, String by, Instant at) {
    h.createUpdate("DELETE FROM marking WHERE target_kind = :k AND target_key = :key")
        .bind("k", t.kind().name()).bind("key", t.key()).execute();
    h.createUpdate("INSERT INTO marking (target_kind, target_key, tlp, label, set_by, set_at) "
            + "VALUES (:k, :key, :tlp, :label, :by, :at)")
        .bind("k", t.kind().name()).bind("key", t.key()).bind("tlp", tlp.name())
        .bind("label", t.label().length() > 2000 ? t.label().substring(0, 2000) : t.label())
        .bind("by", by.length() > 200 ? by.substring(0, 200) : by).bind("at", Timestamp.from(at)).execute();
  }

  /** Sets the marking on a fact: on its key and on each statement it rests on (see {@link FactTargets}). */
  public void set(FactTargets fact, Tlp tlp, String by, Instant at) {
    fact.all().forEach(t -> set(t, tlp, by, at));
  }

  /** Tightens the marking of a fact on its key and on each statement it rests on. */
  public void tighten(FactTargets fact, Tlp tlp, String by, Instant at) {
    fact.all().forEach(t -> tighten(t, tlp, by, at));
  }

  /**
   * Sets the marking only where it is stricter than what is there: what a partner sends may restrict further
   * but never loosen a marking (the downgrade OpenCTI issue 4175 describes).
   */
  public boolean tighten(MarkingTarget t, Tlp tlp, String by, Instant at) {
    Optional<Tlp> now = get(t);
    if (now.isPresent() && now.get().compareTo(tlp) >= 0) {
      return false;
    }
    set(t, tlp, by, at);
    return true;
  }

  public Optional<Tlp> get(MarkingTarget t) {
    return h.createQuery("SELECT tlp FROM marking WHERE target_kind = :k AND target_key = :key")
        .bind("k", t.kind().name()).bind("key", t.key()).mapTo(String.class).findOne().map(Tlp::valueOf);
  }

  /** Every marking set, for computing effective ones without a query per object. */
  public MarkingPolicy policy() {
    Map<MarkingTarget.Kind, Map<String, Tlp>> all = new EnumMap<>(MarkingTarget.Kind.class);
    for (MarkingTarget.Kind k : MarkingTarget.Kind.values()) {
      all.put(k, new HashMap<>());
    }
    h.createQuery("SELECT target_kind, target_key, tlp FROM marking")
        .map((rs, ctx) -> Map.entry(rs.getString(1) + "\u0000" + rs.getString(2), rs.getString(3)))
        .forEach(e -> {
          int cut = e.getKey().indexOf('\u0000');
          all.get(MarkingTarget.Kind.valueOf(e.getKey().substring(0, cut))).put(e.getKey().substring(cut + 1),
              Tlp.valueOf(e.getValue()));
        });
    return new MarkingPolicy(all);
  }
}
