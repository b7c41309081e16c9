package org.marsad.share.taxii;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import org.jdbi.v3.core.Handle;
import org.marsad.share.partner.Labels;
import org.marsad.share.stix.Tlp;

/**
 * The {@code taxii_object} table. Rows are only added and deleted, never changed; each gets an {@code added}
 * strictly greater than every earlier one, so that "added after T" is a clean cut whichever page T ended.
 * Appending is meant for one writer at a time (the server's writer thread or one command).
 */
public final class ObjectStore {
  /** The collection id of this node's own publication, which readable collections show through their filter. */
  public static final String PUBLISHED = "-";
  private final Handle h;

  public ObjectStore(Handle h) {
    this.h = h;
  }

  /** Appends object versions in order, stamped from {@code now} on; returns the rows written. */
  public List<StoredObject> append(String collectionId, List<StoredObject> objects, Instant now) {
    long last = h.createQuery("SELECT COALESCE(MAX(added), 0) FROM taxii_object").mapTo(Long.class).one();
    long next = Math.max(TaxiiTime.micros(now), last + 1);
    List<StoredObject> out = new ArrayList<>();
    var batch = h.prepareBatch("INSERT INTO taxii_object (added, collection_id, stix_id, version, spec_version, "
        + "object_type, tlp, entity_types, sources, quotes_sources, withheld, revoked, body) VALUES (:added, :c, :id, "
        + ":v, :sv, :type, :tlp, :types, :sources, :quotes, :withheld, :revoked, :body)");
    for (StoredObject o : objects) {
      StoredObject row = new StoredObject(next++, collectionId, o.id(), o.version(), o.specVersion(), o.labels(),
          o.revoked(), o.body());
      batch.bind("added", row.added()).bind("c", collectionId).bind("id", row.id()).bind("v", row.version())
          .bind("sv", row.specVersion()).bind("type", row.labels().stixType()).bind("tlp", row.labels().tlp().name())
          .bind("types", Labels.join(row.labels().entityTypes())).bind("sources", Labels.join(row.labels().sources()))
          .bind("quotes", row.labels().quotesSources()).bind("withheld", Labels.join(row.labels().withheld()))
          .bind("revoked", row.revoked()).bind("body", row.body()).add();
      out.add(row);
    }
    if (!out.isEmpty()) {
      batch.execute();
    }
    return out;
  }

  public boolean has(String collectionId, String id, String version) {
    return h.createQuery("SELECT COUNT(*) FROM taxii_object WHERE collection_id = :c AND stix_id = :id "
        + "AND version = :v").bind("c", collectionId).bind("id", id).bind("v", version).mapTo(Long.class).one() > 0;
  }

  /** Every version's id and version in a collection, for knowing what is new without reading bodies. */
  public Map<String, List<String>> versions(String collectionId) {
    Map<String, List<String>> out = new HashMap<>();
    h.createQuery("SELECT stix_id, version FROM taxii_object WHERE collection_id = :c ORDER BY added")
        .bind("c", collectionId).map((rs, ctx) -> new String[] {rs.getString(1), rs.getString(2)})
        .forEach(r -> out.computeIfAbsent(r[0], k -> new ArrayList<>()).add(r[1]));
    return out;
  }

  /**
   * The rows of the given collections (without bodies) that pass {@code visible}, in the order they were added,
   * optionally of one object only.
   */
  public List<StoredObject> rows(List<String> collectionIds, Optional<String> objectId,
                                 Predicate<StoredObject> visible) {
    List<StoredObject> out = new ArrayList<>();
    if (collectionIds.isEmpty()) {
      return out;
    }
    var q = h.createQuery("SELECT added, collection_id, stix_id, version, spec_version, object_type, tlp, "
            + "entity_types, sources, quotes_sources, withheld, revoked FROM taxii_object WHERE collection_id IN (<cs>)"
            + objectId.map(x -> " AND stix_id = :id").orElse("") + " ORDER BY added")
        .bindList("cs", collectionIds);
    objectId.ifPresent(id -> q.bind("id", id));
    q.map((rs, ctx) -> row(rs, null)).forEach(o -> {
      if (visible.test(o)) {
        out.add(o);
      }
    });
    return out;
  }

  /** The JSON of each row, in the same order. */
  public List<StoredObject> withBodies(List<StoredObject> rows) {
    if (rows.isEmpty()) {
      return rows;
    }
    Map<Long, String> bodies = new HashMap<>();
    for (int from = 0; from < rows.size(); from += 500) {
      List<Long> keys = rows.subList(from, Math.min(rows.size(), from + 500)).stream().map(StoredObject::bodyRow)
          .toList();
      h.createQuery("SELECT added, body FROM taxii_object WHERE added IN (<keys>)").bindList("keys", keys)
          .map((rs, ctx) -> Map.entry(rs.getLong(1), rs.getString(2))).forEach(e -> bodies.put(e.getKey(),
              e.getValue()));
    }
    return rows.stream().map(r -> r.withBody(r.withdrawal() ? Visibility.revoked(bodies.get(r.bodyRow()),
        r.version()) : bodies.get(r.added()))).toList();
  }

  /** Removes the given rows; returns how many went. */
  public int delete(List<StoredObject> rows) {
    int n = 0;
    for (StoredObject r : rows) {
      n += h.createUpdate("DELETE FROM taxii_object WHERE added = :a").bind("a", r.added()).execute();
    }
    return n;
  }

  private static StoredObject row(ResultSet rs, String body) throws SQLException {
    Labels labels = new Labels(Tlp.valueOf(rs.getString("tlp")), rs.getString("object_type"),
        Labels.split(rs.getString("entity_types")), Labels.split(rs.getString("sources")),
        rs.getBoolean("quotes_sources"), Labels.split(rs.getString("withheld")));
    return new StoredObject(rs.getLong("added"), rs.getString("collection_id"), rs.getString("stix_id"),
        rs.getString("version"), rs.getString("spec_version"), labels, rs.getBoolean("revoked"), body);
  }
}
