package org.marsad.kb.store;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.jdbi.v3.core.Handle;

/** The log of merges and splits, by hand or by the resolver. Read back in order to replay them. */
public final class Decisions {
  private final Handle h;
  private final EntityCache cache;

  public Decisions(Handle h) {
    this(h, null);
  }

  /** Decisions read through a session cache (may be null): the log is small and read for every entity. */
  public Decisions(Handle h, EntityCache cache) {
    this.h = h;
    this.cache = cache;
  }

  public void record(Decision.Kind kind, String identA, String identB, String why, boolean byHand, Instant now) {
    if (cache != null) {
      cache.decisions = null;
    }
    h.createUpdate("INSERT INTO decision (kind, ident_a, ident_b, why, by_hand, created_at) "
            + "VALUES (:kind, :a, :b, :why, :hand, :now)")
        .bind("kind", kind.name()).bind("a", identA).bind("b", identB).bind("why", Entities.clip(why, 2000))
        .bind("hand", byHand).bind("now", Timestamp.from(now)).execute();
  }

  public List<Decision> all() {
    if (cache != null) {
      if (cache.decisions == null) {
        cache.decisions = List.copyOf(load());
      }
      return cache.decisions;
    }
    return load();
  }

  private List<Decision> load() {
    return h.createQuery("SELECT * FROM decision ORDER BY id").map(Decisions::row).list();
  }

  /** Whether the latest decision about this pair, in either order, keeps them apart. */
  public boolean keptApart(String identA, String identB) {
    Decision latest = null;
    for (Decision d : all()) {
      if (d.identA().equals(identA) && d.identB().equals(identB)
          || d.identA().equals(identB) && d.identB().equals(identA)) {
        latest = d;
      }
    }
    return latest != null && latest.kind() == Decision.Kind.SPLIT;
  }

  /** The ident this one was last merged into by a decision still in force, if any. */
  public java.util.Optional<String> mergedInto(String ident) {
    Decision latest = null;
    for (Decision d : all()) {
      if (d.identB().equals(ident)) {
        latest = d;
      }
    }
    return latest == null || latest.kind() == Decision.Kind.SPLIT ? java.util.Optional.empty()
        : java.util.Optional.of(latest.identA());
  }

  /** The idents whose latest decision still merges them into this one. */
  public List<String> mergedFrom(String identA) {
    return all().stream().filter(d -> d.kind() == Decision.Kind.MERGE && d.identA().equals(identA))
        .map(Decision::identB).distinct().filter(b -> mergedInto(b).filter(identA::equals).isPresent()).toList();
  }

  private static Decision row(java.sql.ResultSet rs, org.jdbi.v3.core.statement.StatementContext ctx)
      throws java.sql.SQLException {
    return new Decision(rs.getLong("id"), Decision.Kind.valueOf(rs.getString("kind")), rs.getString("ident_a"),
        rs.getString("ident_b"), rs.getString("why"), rs.getBoolean("by_hand"),
        rs.getTimestamp("created_at").toInstant());
  }
}
