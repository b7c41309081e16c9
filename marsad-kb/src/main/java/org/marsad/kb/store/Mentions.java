package org.marsad.kb.store;

import java.util.List;
import org.jdbi.v3.core.Handle;

/** Where each entity is mentioned: report, code-point span, exact text, and why it was linked there. */
public final class Mentions {
  private final Handle h;

  public Mentions(Handle h) {
    this.h = h;
  }

  /** One mention as stored. */
  public record StoredMention(long reportId, long entityId, String localId, int start, int end, String text,
                              String why) {
  }

  /** A mention about to be stored. */
  public record NewMention(long reportId, long entityId, String localId, int start, int end, String text,
                           String nameKey, String why) {
  }

  /** Stores a report's mentions in one batch. */
  public void insertAll(List<NewMention> mentions) {
    if (mentions.isEmpty()) {
      return;
    }
    // plain JDBC: a dozen rows per report, every report
    try (java.sql.PreparedStatement ps = h.getConnection().prepareStatement("INSERT INTO mention (report_id, "
        + "entity_id, local_id, start_cp, end_cp, text, name_key, why) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
      for (NewMention m : mentions) {
        ps.setLong(1, m.reportId());
        ps.setLong(2, m.entityId());
        ps.setString(3, m.localId());
        ps.setInt(4, m.start());
        ps.setInt(5, m.end());
        ps.setString(6, Entities.clip(m.text(), 2000));
        ps.setString(7, m.nameKey());
        ps.setString(8, Entities.clip(m.why(), 500));
        ps.addBatch();
      }
      ps.executeBatch();
    } catch (java.sql.SQLException e) {
      throw new org.marsad.kb.KbException("cannot store the mentions of report " + mentions.get(0).reportId()
          + ": " + e.getMessage(), e);
    }
  }

  /** Mentions of an entity and everything merged into it, newest report first. */
  public List<StoredMention> of(long canonicalId) {
    return h.createQuery("SELECT m.* FROM mention m JOIN entity e ON e.id = m.entity_id "
            + "WHERE COALESCE(e.merged_into, e.id) = :c ORDER BY m.report_id DESC, m.start_cp")
        .bind("c", canonicalId)
        .map((rs, ctx) -> new StoredMention(rs.getLong("report_id"), rs.getLong("entity_id"),
            rs.getString("local_id"), rs.getInt("start_cp"), rs.getInt("end_cp"), rs.getString("text"),
            rs.getString("why")))
        .list();
  }

  /** Where an entity's mentions under one name key are: each report and its local entity id. */
  public List<java.util.Map.Entry<Long, String>> localEntities(long entityId, String nameKey) {
    return h.createQuery("SELECT DISTINCT report_id, local_id FROM mention WHERE entity_id = :e AND name_key = :k")
        .bind("e", entityId).bind("k", nameKey)
        .map((rs, ctx) -> java.util.Map.entry(rs.getLong(1), rs.getString(2))).list();
  }

  /** Moves one report's local entity, all its mentions, to another stored entity (a split). */
  public void move(long reportId, String localId, long toEntity) {
    h.createUpdate("UPDATE mention SET entity_id = :to WHERE report_id = :r AND local_id = :l")
        .bind("to", toEntity).bind("r", reportId).bind("l", localId).execute();
  }
}
