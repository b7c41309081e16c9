package org.marsad.kb.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.marsad.extract.EntityType;
import org.marsad.extract.GeoPoint;
import org.marsad.kb.KbException;

/** Entities and their aliases. Merges are a pointer ({@code merged_into}) so that a split can undo them exactly. */
public final class Entities {
  private static final String COLUMNS = "e.id, e.ident, e.type, e.name, e.name_en, e.lexicon_id, e.unnamed, e.lat, "
      + "e.lon, COALESCE(e.merged_into, e.id) AS canonical";
  private final Handle h;
  private final EntityCache cache;

  public Entities(Handle h) {
    this(h, null);
  }

  /** Entities read through a session cache (may be null); see {@link EntityCache} for when that is valid. */
  public Entities(Handle h, EntityCache cache) {
    this.h = h;
    this.cache = cache;
  }

  public Optional<StoredEntity> byIdent(String ident) {
    if (cache != null) {
      Optional<Long> id = cache.idByIdent.get(ident);
      if (id != null) {
        return id.flatMap(this::byId);
      }
    }
    Optional<StoredEntity> e = one("SELECT " + COLUMNS + " FROM entity e WHERE e.ident = ?", ident);
    if (cache != null) {
      e.ifPresentOrElse(cache::entity, () -> cache.idByIdent.put(ident, Optional.empty()));
    }
    return e;
  }

  public Optional<StoredEntity> byId(long id) {
    if (cache != null && cache.byId.containsKey(id)) {
      return Optional.of(cache.byId.get(id));
    }
    Optional<StoredEntity> e = one("SELECT " + COLUMNS + " FROM entity e WHERE e.id = ?", id);
    if (cache != null) {
      e.ifPresent(cache::entity);
    }
    return e;
  }

  /** The entity itself, or the one it was merged into. */
  public StoredEntity canonical(StoredEntity e) {
    return e.isMerged() ? byId(e.canonicalId()).orElse(e) : e;
  }

  /** Entities of this type that carry this name key, oldest first. */
  public List<StoredEntity> byKey(String nameKey) {
    if (cache != null) {
      List<Long> ids = cache.idsByKey.get(nameKey);
      if (ids != null) {
        return ids.stream().map(id -> byId(id).orElseThrow()).toList();
      }
    }
    List<StoredEntity> found = h.createQuery("SELECT " + COLUMNS + " FROM entity e JOIN alias a ON a.entity_id = "
        + "e.id WHERE a.name_key = :key ORDER BY e.id").bind("key", nameKey).map(Entities::row).list();
    if (cache != null) {
      found.forEach(cache::entity);
      cache.idsByKey.put(nameKey, found.stream().map(StoredEntity::id).toList());
    }
    return found;
  }

  /**
   * Entities whose ident, name or alias is what the analyst typed, or whose alias has {@code exactKey} (the
   * folded form the caller computed).
   */
  public List<StoredEntity> search(String nameOrIdent, String exactKey) {
    // One indexed lookup per way of matching: OR across columns and tables made both databases scan. A name
    // typed in another letter case is found through the folded key.
    return h.createQuery("SELECT " + COLUMNS + " FROM entity e WHERE e.id IN (SELECT id FROM entity WHERE ident = :q "
        + "UNION SELECT id FROM entity WHERE name = :q UNION SELECT id FROM entity WHERE name_en = :q "
        + "UNION SELECT entity_id FROM alias WHERE name = :q UNION SELECT entity_id FROM alias "
        + "WHERE name_key = :exact) ORDER BY e.id").bind("q", nameOrIdent).bind("exact", exactKey)
        .map(Entities::row).list();
  }

  public StoredEntity insert(String ident, EntityType type, String name, String nameEn, Optional<String> lexiconId,
                             boolean unnamed, Optional<GeoPoint> geo, Instant now) {
    // plain JDBC, as the lookups above: a report creates an entity or two, and Jdbi's binding cost as much as H2
    long id;
    try (PreparedStatement ps = h.getConnection().prepareStatement("INSERT INTO entity (ident, type, name, name_en, "
        + "lexicon_id, unnamed, lat, lon, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", new String[] {"id"})) {
      ps.setString(1, ident);
      ps.setString(2, type.name());
      ps.setString(3, clip(name, 1000));
      ps.setString(4, clip(nameEn, 1000));
      ps.setString(5, lexiconId.orElse(null));
      ps.setBoolean(6, unnamed);
      ps.setObject(7, geo.map(GeoPoint::lat).orElse(null), Types.DOUBLE);
      ps.setObject(8, geo.map(GeoPoint::lon).orElse(null), Types.DOUBLE);
      ps.setTimestamp(9, Timestamp.from(now));
      ps.executeUpdate();
      try (ResultSet keys = ps.getGeneratedKeys()) {
        keys.next();
        id = keys.getLong(1);
      }
    } catch (SQLException ex) {
      throw new KbException("cannot store entity " + ident + ": " + ex.getMessage(), ex);
    }
    StoredEntity e = new StoredEntity(id, ident, type, name, nameEn, lexiconId, unnamed, geo, id);
    if (cache != null) {
      cache.entity(e);
    }
    return e;
  }

  /** Records a name under a key; a name already known for the entity is left as it is. */
  public void addAlias(long entityId, String nameKey, String name) {
    if (cache != null && cache.aliases.contains(entityId + "|" + nameKey)) {
      return;
    }
    int present = h.createQuery("SELECT COUNT(*) FROM alias WHERE entity_id = :e AND name_key = :k")
        .bind("e", entityId).bind("k", nameKey).mapTo(Integer.class).one();
    if (present == 0) {
      h.createUpdate("INSERT INTO alias (entity_id, name_key, name) VALUES (:e, :k, :n)")
          .bind("e", entityId).bind("k", nameKey).bind("n", clip(name, 1000)).execute();
    }
    if (cache != null) {
      cache.alias(entityId, nameKey);
    }
  }

  public void removeAlias(long entityId, String nameKey) {
    h.createUpdate("DELETE FROM alias WHERE entity_id = :e AND name_key = :k")
        .bind("e", entityId).bind("k", nameKey).execute();
  }

  /** The names of an entity and of everything merged into it; the members are found first, by index. */
  public List<String> aliases(long canonicalId) {
    return h.createQuery("SELECT DISTINCT a.name FROM alias a WHERE a.entity_id IN (<m>) ORDER BY a.name")
        .bindList("m", members(canonicalId)).mapTo(String.class).list();
  }

  /** The entity each of these ids stands for now (itself, or what it was merged into), in one query per 500. */
  public java.util.Map<Long, StoredEntity> canonical(java.util.Collection<Long> ids) {
    java.util.Map<Long, Long> canonicalOf = new java.util.HashMap<>();
    List<Long> all = List.copyOf(new java.util.TreeSet<>(ids));
    for (int from = 0; from < all.size(); from += 500) {
      h.createQuery("SELECT id, COALESCE(merged_into, id) FROM entity WHERE id IN (<ids>)")
          .bindList("ids", all.subList(from, Math.min(all.size(), from + 500)))
          .map((rs, ctx) -> new long[] {rs.getLong(1), rs.getLong(2)}).forEach(r -> canonicalOf.put(r[0], r[1]));
    }
    java.util.Map<Long, StoredEntity> byCanonical = new java.util.HashMap<>();
    List<Long> wanted = List.copyOf(new java.util.TreeSet<>(canonicalOf.values()));
    for (int from = 0; from < wanted.size(); from += 500) {
      h.createQuery("SELECT " + COLUMNS + " FROM entity e WHERE e.id IN (<ids>)")
          .bindList("ids", wanted.subList(from, Math.min(wanted.size(), from + 500))).map(Entities::row)
          .forEach(e -> byCanonical.put(e.id(), e));
    }
    java.util.Map<Long, StoredEntity> out = new java.util.HashMap<>();
    canonicalOf.forEach((id, c) -> {
      StoredEntity e = byCanonical.get(c);
      if (e != null) {
        out.put(id, e);
      }
    });
    return out;
  }

  /** Points {@code absorbed} (and whatever was merged into it) at {@code into}. */
  public void merge(long into, long absorbed) {
    if (cache != null) {
      cache.clear(); // canonical ids change under every cached entity
    }
    h.createUpdate("UPDATE entity SET merged_into = :into WHERE id = :a OR merged_into = :a")
        .bind("into", into).bind("a", absorbed).execute();
    h.createUpdate("UPDATE entity SET merged_into = NULL WHERE id = :into").bind("into", into).execute();
  }

  public void unmerge(long id) {
    if (cache != null) {
      cache.clear();
    }
    h.createUpdate("UPDATE entity SET merged_into = NULL WHERE id = :id").bind("id", id).execute();
  }

  /** Every entity merged into {@code canonicalId}, itself included. */
  public List<Long> members(long canonicalId) {
    return members(java.util.Set.of(canonicalId));
  }

  /** The entities and everything merged into them; two queries so that each uses an index. */
  public List<Long> members(java.util.Collection<Long> canonicalIds) {
    java.util.TreeSet<Long> out = new java.util.TreeSet<>();
    List<Long> ids = List.copyOf(canonicalIds);
    for (int from = 0; from < ids.size(); from += 500) {
      List<Long> chunk = ids.subList(from, Math.min(ids.size(), from + 500));
      out.addAll(h.createQuery("SELECT id FROM entity WHERE id IN (<c>)").bindList("c", chunk).mapTo(Long.class)
          .list());
      out.addAll(h.createQuery("SELECT id FROM entity WHERE merged_into IN (<c>)").bindList("c", chunk)
          .mapTo(Long.class).list());
    }
    return List.copyOf(out);
  }

  /** The entity one key finds, read with plain JDBC: ingest asks this for nearly every entity of every report. */
  private Optional<StoredEntity> one(String sql, Object key) {
    try (PreparedStatement ps = h.getConnection().prepareStatement(sql)) {
      ps.setObject(1, key);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? Optional.of(row(rs, null)) : Optional.empty();
      }
    } catch (SQLException e) {
      throw new KbException("cannot read entity " + key + ": " + e.getMessage(), e);
    }
  }

  static String clip(String s, int max) {
    return s == null || s.length() <= max ? s : s.substring(0, max);
  }

  static StoredEntity row(ResultSet rs, org.jdbi.v3.core.statement.StatementContext ctx) throws SQLException {
    double lat = rs.getDouble("lat");
    Optional<GeoPoint> geo = rs.wasNull() ? Optional.empty() : Optional.of(new GeoPoint(lat, rs.getDouble("lon")));
    return new StoredEntity(rs.getLong("id"), rs.getString("ident"), EntityType.valueOf(rs.getString("type")),
        rs.getString("name"), rs.getString("name_en"), Optional.ofNullable(rs.getString("lexicon_id")),
        rs.getBoolean("unnamed"), geo, rs.getLong("canonical"));
  }
}
