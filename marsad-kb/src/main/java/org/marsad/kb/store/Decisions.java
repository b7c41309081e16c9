package org.marsad.kb.store;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.jdbi.v3.core.Handle;

/** The log of merges and splits, by hand or by the resolver. Read back in order to replay them. */
public final class Decisions {
  private final Handle h;

  public Decisions(Handle h) {
    this.h = h;
  }

  public void record(Decision.Kind kind, String identA, String identB, String why, boolean byHand, Instant now) {
    h.createUpdate("INSERT INTO decision (kind, ident_a, ident_b, why, by_hand, created_at) "
            + "VALUES (:kind, :a, :b, :why, :hand, :now)")
        .bind("kind", kind.name()).bind("a", identA).bind("b", identB).bind("why", Entities.clip(why, 2000))
        .bind("hand", byHand).bind("now", Timestamp.from(now)).execute();
  }

  public List<Decision> all() {
    return h.createQuery("SELECT * FROM decision ORDER BY id").map(Decisions::row).list();
  }

  /** Whether the latest decision about this pair, in either order, keeps them apart. */
  public boolean keptApart(String identA, String identB) {
    List<String> kinds = h.createQuery("SELECT kind FROM decision WHERE (ident_a = :a AND ident_b = :b) "
            + "OR (ident_a = :b AND ident_b = :a) ORDER BY id DESC")
        .bind("a", identA).bind("b", identB).mapTo(String.class).list();
    return !kinds.isEmpty() && kinds.get(0).equals(Decision.Kind.SPLIT.name());
  }

  /** The ident this one was last merged into by a decision still in force, if any. */
  public java.util.Optional<String> mergedInto(String ident) {
    List<Decision> about = h.createQuery("SELECT * FROM decision WHERE ident_b = :b ORDER BY id DESC")
        .bind("b", ident).map(Decisions::row).list();
    return about.isEmpty() || about.get(0).kind() == Decision.Kind.SPLIT ? java.util.Optional.empty()
        : java.util.Optional.of(about.get(0).identA());
  }

  /** The idents whose latest decision still merges them into this one. */
  public List<String> mergedFrom(String identA) {
    List<String> candidates = h.createQuery("SELECT DISTINCT ident_b FROM decision WHERE ident_a = :a AND kind = :k")
        .bind("a", identA).bind("k", Decision.Kind.MERGE.name()).mapTo(String.class).list();
    return candidates.stream().filter(b -> mergedInto(b).filter(identA::equals).isPresent()).toList();
  }

  private static Decision row(java.sql.ResultSet rs, org.jdbi.v3.core.statement.StatementContext ctx)
      throws java.sql.SQLException {
    return new Decision(rs.getLong("id"), Decision.Kind.valueOf(rs.getString("kind")), rs.getString("ident_a"),
        rs.getString("ident_b"), rs.getString("why"), rs.getBoolean("by_hand"),
        rs.getTimestamp("created_at").toInstant());
  }
}
