package org.marsad.kb.store;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.Query;
import org.marsad.extract.Modality;
import org.marsad.extract.RelationType;
import org.marsad.extract.Role;

/** Relations and events as each report states them, with their arguments. */
public final class Claims {
  private final Handle h;

  public Claims(Handle h) {
    this.h = h;
  }

  /** An argument: the entity's id in its report's extraction, and the stored entity it resolved to. */
  public record Arg(String localId, long entityId) {
  }

  /** A claim about to be stored. */
  public record NewClaim(long reportId, String localId, RelationType type, Modality modality,
                         Optional<String> attribution, Optional<String> timeText, Optional<LocalDate> earliest,
                         Optional<LocalDate> latest, int start, int end, String evidence, double confidence,
                         Map<Role, List<Arg>> args) {
  }

  /**
   * Stores a report's claims and their arguments: one statement per claim (its id is needed) and one batch for
   * all the arguments. Plain JDBC here: this runs for every claim of every report, and the statements are
   * prepared once per session by the driver's cache.
   */
  /** The ids of the stored claims, in order, and how many argument rows they took. */
  public record Inserted(List<Long> ids, int argRows) {
  }

  public Inserted insertAll(List<NewClaim> claims, Instant now) {
    List<Long> ids = new ArrayList<>(claims.size());
    int argRows = 0;
    if (claims.isEmpty()) {
      return new Inserted(ids, 0);
    }
    java.sql.Connection c = h.getConnection();
    try (java.sql.PreparedStatement ps = c.prepareStatement("INSERT INTO claim (report_id, local_id, type, "
            + "modality, attribution, time_text, earliest, latest, start_cp, end_cp, evidence, extractor_confidence, "
            + "ingested_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", new String[] {"id"});
         java.sql.PreparedStatement args = c.prepareStatement("INSERT INTO claim_arg (claim_id, role, local_id, "
            + "entity_id, type) VALUES (?, ?, ?, ?, ?)")) {
      Timestamp at = Timestamp.from(now);
      for (NewClaim n : claims) {
        ps.setLong(1, n.reportId());
        ps.setString(2, n.localId());
        ps.setString(3, n.type().name());
        ps.setString(4, n.modality().name());
        ps.setString(5, n.attribution().map(s -> Entities.clip(s, 2000)).orElse(null));
        ps.setString(6, n.timeText().map(s -> Entities.clip(s, 500)).orElse(null));
        ps.setDate(7, n.earliest().map(java.sql.Date::valueOf).orElse(null));
        ps.setDate(8, n.latest().map(java.sql.Date::valueOf).orElse(null));
        ps.setInt(9, n.start());
        ps.setInt(10, n.end());
        ps.setString(11, n.evidence());
        ps.setDouble(12, n.confidence());
        ps.setTimestamp(13, at);
        ps.executeUpdate();
        long id;
        try (java.sql.ResultSet keys = ps.getGeneratedKeys()) {
          keys.next();
          id = keys.getLong(1);
        }
        ids.add(id);
        for (Map.Entry<Role, List<Arg>> a : n.args().entrySet()) {
          for (Arg arg : new java.util.LinkedHashSet<>(a.getValue())) {
            args.setLong(1, id);
            args.setString(2, a.getKey().name());
            args.setString(3, arg.localId());
            args.setLong(4, arg.entityId());
            args.setString(5, n.type().name());
            args.addBatch();
            argRows++;
          }
        }
      }
      args.executeBatch();
    } catch (java.sql.SQLException e) {
      throw new org.marsad.kb.KbException("cannot store the claims of report " + claims.get(0).reportId() + ": "
          + e.getMessage(), e);
    }
    return new Inserted(ids, argRows);
  }

  /**
   * Moves the arguments that one report's local entity filled to another stored entity (a split). Their claims
   * leave the facts they were counted in and join the ones they make now, and both entities' last places are
   * worked out again.
   */
  public void moveArgs(long reportId, String localId, long toEntity) {
    List<Long> moved = new ArrayList<>();
    java.util.Set<Long> from = new java.util.TreeSet<>();
    h.createQuery("SELECT a.claim_id, a.entity_id FROM claim_arg a JOIN claim c ON c.id = a.claim_id "
            + "WHERE c.report_id = :r AND a.local_id = :l").bind("r", reportId).bind("l", localId)
        .map((rs, ctx) -> new long[] {rs.getLong(1), rs.getLong(2)})
        .forEach(row -> {
          if (!moved.contains(row[0])) {
            moved.add(row[0]);
          }
          from.add(row[1]);
        });
    FactSummaries facts = new FactSummaries(h);
    facts.detach(moved);
    h.createUpdate("UPDATE claim_arg SET entity_id = :to WHERE local_id = :l AND claim_id IN "
        + "(SELECT id FROM claim WHERE report_id = :r)").bind("to", toEntity).bind("l", localId)
        .bind("r", reportId).execute();
    facts.attachStored(moved);
    from.add(toEntity);
    new LastPlaces(h).recompute(from);
  }

  /**
   * Claims matching the filter, oldest ingest first. An entity filter matches the entity and everything merged
   * with it.
   */
  public List<StoredClaim> find(ClaimFilter f) {
    StringBuilder sql = new StringBuilder("SELECT c.* FROM claim c WHERE 1 = 1");
    if (!f.types().isEmpty()) {
      sql.append(" AND c.type IN (<types>)");
    }
    List<Long> members = List.of();
    if (!f.canonicalEntities().isEmpty()) {
      // the members are looked up first: a condition on COALESCE(merged_into, id) can use no index
      members = new Entities(h).members(f.canonicalEntities());
      sql.append(" AND c.id IN (SELECT a.claim_id FROM claim_arg a WHERE a.entity_id IN (<entities>)");
      sql.append(f.types().isEmpty() ? ")" : " AND a.type IN (<types>))");
    }
    if (f.ingestedSince().isPresent()) {
      sql.append(" AND c.ingested_at >= :since");
    }
    if (f.reportId().isPresent()) {
      sql.append(" AND c.report_id = :report");
    }
    sql.append(" ORDER BY c.id");
    Query q = h.createQuery(sql.toString());
    if (!f.types().isEmpty()) {
      q.bindList("types", f.types().stream().map(Enum::name).toList());
    }
    if (!f.canonicalEntities().isEmpty()) {
      q.bindList("entities", members.isEmpty() ? List.of(-1L) : members);
    }
    f.ingestedSince().ifPresent(s -> q.bind("since", Timestamp.from(s)));
    f.reportId().ifPresent(r -> q.bind("report", r));
    return read(q);
  }

  /** The claims with these ids, without their arguments (the caller knows them), by id. */
  public Map<Long, StoredClaim> withoutArgs(java.util.Collection<Long> ids) {
    Map<Long, StoredClaim> out = new LinkedHashMap<>();
    List<Long> all = List.copyOf(new java.util.TreeSet<>(ids));
    for (int from = 0; from < all.size(); from += 500) {
      out.putAll(bare(h.createQuery("SELECT c.* FROM claim c WHERE c.id IN (<ids>)")
          .bindList("ids", all.subList(from, Math.min(all.size(), from + 500)))));
    }
    return out;
  }

  /** The claims with these ids and their arguments (merges applied), oldest first. */
  public List<StoredClaim> byIds(java.util.Collection<Long> ids) {
    Map<Long, StoredClaim> claims = withoutArgs(ids);
    return withArgs(claims);
  }

  private List<StoredClaim> read(Query q) {
    return withArgs(bare(q));
  }

  private Map<Long, StoredClaim> bare(Query q) {
    Map<Long, StoredClaim> claims = new LinkedHashMap<>();
    q.map((rs, ctx) -> new StoredClaim(rs.getLong("id"), rs.getLong("report_id"), rs.getString("local_id"),
            RelationType.valueOf(rs.getString("type")), Modality.valueOf(rs.getString("modality")),
            Optional.ofNullable(rs.getString("attribution")), Optional.ofNullable(rs.getString("time_text")),
            Optional.ofNullable(rs.getDate("earliest")).map(java.sql.Date::toLocalDate),
            Optional.ofNullable(rs.getDate("latest")).map(java.sql.Date::toLocalDate), rs.getInt("start_cp"),
            rs.getInt("end_cp"), rs.getString("evidence"), rs.getTimestamp("ingested_at").toInstant(), Map.of()))
        .forEach(c -> claims.put(c.id(), c));
    return claims;
  }

  private List<StoredClaim> withArgs(Map<Long, StoredClaim> claims) {
    if (claims.isEmpty()) {
      return List.of();
    }
    Map<Long, Map<Role, List<Long>>> args = new LinkedHashMap<>();
    List<Long> ids = new ArrayList<>(claims.keySet());
    for (int from = 0; from < ids.size(); from += 500) {
      List<Long> chunk = ids.subList(from, Math.min(ids.size(), from + 500));
      h.createQuery("SELECT a.claim_id, a.role, COALESCE(e.merged_into, e.id) AS canonical FROM claim_arg a "
              + "JOIN entity e ON e.id = a.entity_id WHERE a.claim_id IN (<ids>) ORDER BY a.claim_id, a.role")
          .bindList("ids", chunk)
          .map((rs, ctx) -> new long[] {rs.getLong("claim_id"), Role.valueOf(rs.getString("role")).ordinal(),
              rs.getLong("canonical")})
          .forEach(r -> {
            List<Long> l = args.computeIfAbsent(r[0], k -> new EnumMap<>(Role.class))
                .computeIfAbsent(Role.values()[(int) r[1]], k -> new ArrayList<>());
            if (!l.contains(r[2])) {
              l.add(r[2]);
            }
          });
    }
    List<StoredClaim> out = new ArrayList<>(claims.size());
    for (StoredClaim c : claims.values()) {
      out.add(new StoredClaim(c.id(), c.reportId(), c.localId(), c.type(), c.modality(), c.attribution(),
          c.timeText(), c.earliest(), c.latest(), c.start(), c.end(), c.evidence(), c.ingestedAt(),
          args.getOrDefault(c.id(), Map.of())));
    }
    return out;
  }
}
