package org.marsad.kb.store;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Handle;
import org.marsad.extract.Modality;
import org.marsad.extract.RelationType;
import org.marsad.kb.KbException;

/** Watches and the alerts they raised. Lists are stored as "|"-joined text: they are short and read whole. */
public final class Watches {
  private static final String SEP = "|";
  private final Handle h;

  public Watches(Handle h) {
    this.h = h;
  }

  public Watch add(String name, String question, java.util.Set<RelationType> types, List<String> entities,
                   List<String> counterparts, List<String> places, Instant now) {
    if (byName(name).isPresent()) {
      throw new KbException("a watch named '" + name + "' exists already; remove it first or choose another name");
    }
    for (String s : concat(concat(entities, counterparts), places)) {
      if (s.contains(SEP)) {
        throw new KbException("a watched name may not contain '" + SEP + "': '" + s + "'");
      }
    }
    long id = h.createUpdate("INSERT INTO watch (name, question, relation_types, entities, counterparts, places, "
            + "created_at) VALUES (:n, :q, :t, :e, :cp, :p, :now)")
        .bind("n", name).bind("q", question)
        .bind("t", types.stream().map(Enum::name).sorted().collect(Collectors.joining(SEP)))
        .bind("e", String.join(SEP, entities)).bind("cp", String.join(SEP, counterparts))
        .bind("p", String.join(SEP, places)).bind("now", Timestamp.from(now))
        .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
    return new Watch(id, name, question, types, entities, counterparts, places, now);
  }

  public Optional<Watch> byName(String name) {
    return h.createQuery("SELECT * FROM watch WHERE name = :n").bind("n", name).map(Watches::row).findOne();
  }

  /** Whether any watch is set; most ingests have none to check. */
  public boolean any() {
    return h.createQuery("SELECT COUNT(*) FROM watch").mapTo(Integer.class).one() > 0;
  }

  public List<Watch> all() {
    return h.createQuery("SELECT * FROM watch ORDER BY id").map(Watches::row).list();
  }

  public boolean remove(String name) {
    return h.createUpdate("DELETE FROM watch WHERE name = :n").bind("n", name).execute() > 0;
  }

  /** Records a hit once; the same claim never alerts the same watch twice. */
  public boolean alert(long watchId, long claimId, Modality modality, Instant now) {
    int known = h.createQuery("SELECT COUNT(*) FROM alert WHERE watch_id = :w AND claim_id = :c")
        .bind("w", watchId).bind("c", claimId).mapTo(Integer.class).one();
    if (known > 0) {
      return false;
    }
    h.createUpdate("INSERT INTO alert (watch_id, claim_id, modality, created_at) VALUES (:w, :c, :m, :now)")
        .bind("w", watchId).bind("c", claimId).bind("m", modality.name()).bind("now", Timestamp.from(now)).execute();
    return true;
  }

  public List<Alert> alerts(Optional<Instant> since) {
    return h.createQuery("SELECT a.id, w.name, a.claim_id, c.report_id, a.modality, c.evidence, a.created_at "
            + "FROM alert a JOIN watch w ON w.id = a.watch_id JOIN claim c ON c.id = a.claim_id "
            + "WHERE a.created_at >= :since ORDER BY a.id")
        .bind("since", Timestamp.from(since.orElse(Instant.EPOCH)))
        .map((rs, ctx) -> new Alert(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getLong(4),
            Modality.valueOf(rs.getString(5)), rs.getString(6), rs.getTimestamp(7).toInstant()))
        .list();
  }

  private static List<String> concat(List<String> a, List<String> b) {
    return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
  }

  private static List<String> split(String s) {
    return s == null || s.isEmpty() ? List.of() : Arrays.asList(s.split("\\" + SEP));
  }

  private static Watch row(java.sql.ResultSet rs, org.jdbi.v3.core.statement.StatementContext ctx)
      throws java.sql.SQLException {
    return new Watch(rs.getLong("id"), rs.getString("name"), rs.getString("question"),
        split(rs.getString("relation_types")).stream().map(RelationType::valueOf).collect(Collectors.toSet()),
        split(rs.getString("entities")), split(rs.getString("counterparts")), split(rs.getString("places")),
        rs.getTimestamp("created_at").toInstant());
  }
}
