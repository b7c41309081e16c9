package org.marsad.kb.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.jdbi.v3.core.Handle;
import org.marsad.kb.KbException;

/**
 * For each stored entity that is not a place, its newest claim naming a place (migration V8): where an entity page
 * finds "last reported location" without sorting every event of a group named in thousands of reports. Kept in
 * the same transaction as the claims, and worked out again from the claims for the entities whose claims are
 * removed or move to another entity.
 */
public final class LastPlaces {
  /** The roles that put a claim somewhere. */
  public static final List<String> PLACE_ROLES = List.of("LOCATION", "DESTINATION", "ORIGIN");
  private final Handle h;
  private final SummaryCache cache;

  public LastPlaces(Handle h) {
    this(h, null);
  }

  /** Last places kept through an ingest batch's cache (may be null); see {@link SummaryCache}. */
  public LastPlaces(Handle h, SummaryCache cache) {
    this.h = h;
    this.cache = cache;
  }

  /** A claim naming a place, for one of the other entities it names. */
  public record Candidate(long entityId, int recency, long claimId) {
    /** Newer by event time, then stored later: the order of "last reported". */
    boolean newerThan(int otherRecency, long otherClaim) {
      return recency < otherRecency || (recency == otherRecency && claimId > otherClaim);
    }
  }

  /** Keeps each candidate that is newer than what its entity has. */
  public void add(Collection<Candidate> candidates) {
    Map<Long, Candidate> best = new LinkedHashMap<>();
    for (Candidate c : candidates) {
      best.merge(c.entityId(), c, (a, b) -> b.newerThan(a.recency(), a.claimId()) ? b : a);
    }
    if (best.isEmpty()) {
      return;
    }
    Connection conn = h.getConnection();
    try (PreparedStatement find = conn.prepareStatement("SELECT recency, claim_id FROM entity_last_place "
            + "WHERE entity_id = ?");
         PreparedStatement update = conn.prepareStatement("UPDATE entity_last_place SET recency = ?, claim_id = ? "
            + "WHERE entity_id = ?");
         PreparedStatement insert = conn.prepareStatement("INSERT INTO entity_last_place (entity_id, recency, "
            + "claim_id) VALUES (?, ?, ?)")) {
      for (Candidate c : best.values()) {
        Candidate known = cache == null ? null : cache.place(c.entityId());
        if (known != null && !c.newerThan(known.recency(), known.claimId())) {
          continue; // the batch knows what the entity has, and it is newer
        }
        if (known == null) {
          find.setLong(1, c.entityId());
          try (ResultSet rs = find.executeQuery()) {
            if (rs.next()) {
              known = new Candidate(c.entityId(), rs.getInt(1), rs.getLong(2));
            }
          }
        }
        if (known == null) {
          insert(insert, c);
        } else if (c.newerThan(known.recency(), known.claimId())) {
          update.setInt(1, c.recency());
          update.setLong(2, c.claimId());
          update.setLong(3, c.entityId());
          if (update.executeUpdate() == 0) {
            insert(insert, c); // gone since the batch read it (only another writer would do that)
          }
        } else {
          if (cache != null) {
            cache.place(known);
          }
          continue;
        }
        if (cache != null) {
          cache.place(c);
        }
      }
    } catch (SQLException e) {
      throw new KbException("cannot keep the last place of entity " + best.keySet().iterator().next() + ": "
          + e.getMessage(), e);
    }
  }

  private static void insert(PreparedStatement insert, Candidate c) throws SQLException {
    insert.setLong(1, c.entityId());
    insert.setInt(2, c.recency());
    insert.setLong(3, c.claimId());
    insert.executeUpdate();
  }

  /** The newest claim naming a place among these stored entities (an entity and what was merged into it). */
  public Optional<Long> newestClaim(Collection<Long> entityIds) {
    if (entityIds.isEmpty()) {
      return Optional.empty();
    }
    return h.createQuery("SELECT claim_id FROM entity_last_place WHERE entity_id IN (<e>) "
            + "ORDER BY recency, claim_id DESC LIMIT 1")
        .bindList("e", List.copyOf(entityIds)).mapTo(Long.class).findOne();
  }

  /** The entities whose last place one of these claims is (a scan: only removals ask). */
  public Set<Long> holding(Collection<Long> claimIds) {
    Set<Long> out = new TreeSet<>();
    for (List<Long> chunk : FactSummaries.chunks(claimIds)) {
      out.addAll(h.createQuery("SELECT entity_id FROM entity_last_place WHERE claim_id IN (<c>)")
          .bindList("c", chunk).mapTo(Long.class).list());
    }
    return out;
  }

  /** Works out the last place of these entities again from their stored claims. */
  public void recompute(Collection<Long> entityIds) {
    for (List<Long> chunk : FactSummaries.chunks(entityIds)) {
      h.createUpdate("DELETE FROM entity_last_place WHERE entity_id IN (<e>)").bindList("e", chunk).execute();
      add(candidates(h.createQuery("SELECT DISTINCT claim_id FROM claim_arg WHERE entity_id IN (<e>)")
          .bindList("e", chunk).mapTo(Long.class).list(), Set.copyOf(chunk)));
    }
  }

  /** Works out every entity's last place from the stored claims. */
  void rebuildAll() {
    h.execute("DELETE FROM entity_last_place");
    List<Long> placed = h.createQuery("SELECT DISTINCT claim_id FROM claim_arg WHERE role IN (<roles>) "
        + "ORDER BY claim_id").bindList("roles", PLACE_ROLES).mapTo(Long.class).list();
    for (List<Long> chunk : FactSummaries.chunks(placed)) {
      add(candidates(chunk, Set.of()));
    }
  }

  /**
   * The candidates these stored claims make: each claim that names a place, for each entity it names that is not
   * a place (all of them, or only those in {@code only} when it is not empty).
   */
  private List<Candidate> candidates(Collection<Long> claimIds, Set<Long> only) {
    List<Candidate> out = new java.util.ArrayList<>();
    for (List<Long> chunk : FactSummaries.chunks(claimIds)) {
      h.createQuery("SELECT a.claim_id, a.entity_id, c.earliest, c.latest, r.published FROM claim_arg a "
              + "JOIN entity e ON e.id = a.entity_id JOIN claim c ON c.id = a.claim_id "
              + "JOIN report r ON r.id = c.report_id WHERE a.claim_id IN (<c>) AND e.type <> 'LOCATION' "
              + "AND EXISTS (SELECT 1 FROM claim_arg p WHERE p.claim_id = a.claim_id AND p.role IN (<roles>))")
          .bindList("c", chunk).bindList("roles", PLACE_ROLES)
          .map((rs, ctx) -> new Candidate(rs.getLong(2), Recency.of(Recency.when(date(rs, 3), date(rs, 4),
              date(rs, 5))), rs.getLong(1)))
          .forEach(c -> {
            if (only.isEmpty() || only.contains(c.entityId())) {
              out.add(c);
            }
          });
    }
    return out;
  }

  private static Optional<java.time.LocalDate> date(ResultSet rs, int column) throws SQLException {
    return Optional.ofNullable(rs.getDate(column)).map(java.sql.Date::toLocalDate);
  }
}
