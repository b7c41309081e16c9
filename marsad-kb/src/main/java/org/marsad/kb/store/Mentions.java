package org.marsad.kb.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Handle;

/**
 * Where each entity is mentioned: report, code-point spans, and why it was linked there. Stored as one row per
 * entity of a report; the text of each mention is read back as the slice of the report's stored body, which is
 * what the offsets promise.
 */
public final class Mentions {
  private final Handle h;

  public Mentions(Handle h) {
    this.h = h;
  }

  /** One mention as read back, with its exact text. */
  public record StoredMention(long reportId, long entityId, String localId, int start, int end, String text,
                              String why) {
  }

  /** One report entity's mentions about to be stored: its code-point spans as {start, end} pairs. */
  public record NewMentions(long reportId, long entityId, String localId, List<int[]> spans, String nameKey,
                            String why) {
  }

  /** How often and in how many reports an entity (and whatever was merged into it) is mentioned. */
  public record Counts(int mentions, int reports) {
  }

  /** Stores a report's mentions in one batch, one row per entity. */
  public void insertAll(List<NewMentions> mentions) {
    if (mentions.isEmpty()) {
      return;
    }
    // plain JDBC: this runs for every report
    try (java.sql.PreparedStatement ps = h.getConnection().prepareStatement("INSERT INTO mention (report_id, "
        + "local_id, entity_id, spans, n, name_key, why) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
      for (NewMentions m : mentions) {
        StringBuilder spans = new StringBuilder();
        for (int[] s : m.spans()) {
          if (spans.length() > 0) {
            spans.append(',');
          }
          spans.append(s[0]).append('-').append(s[1]);
        }
        ps.setLong(1, m.reportId());
        ps.setString(2, m.localId());
        ps.setLong(3, m.entityId());
        ps.setString(4, spans.toString());
        ps.setInt(5, m.spans().size());
        ps.setString(6, m.nameKey());
        ps.setString(7, Entities.clip(m.why(), 500));
        ps.addBatch();
      }
      ps.executeBatch();
    } catch (java.sql.SQLException e) {
      throw new org.marsad.kb.KbException("cannot store the mentions of report " + mentions.get(0).reportId()
          + ": " + e.getMessage(), e);
    }
  }

  /** Mentions of an entity and everything merged into it, newest report first, with their texts. */
  public List<StoredMention> of(long canonicalId) {
    return read("SELECT m.report_id, m.entity_id, m.local_id, m.spans, m.why, r.body FROM mention m "
        + "JOIN entity e ON e.id = m.entity_id JOIN report r ON r.id = m.report_id "
        + "WHERE COALESCE(e.merged_into, e.id) = :id ORDER BY m.report_id DESC", canonicalId);
  }

  /** Every mention of one report, with their texts. */
  public List<StoredMention> inReport(long reportId) {
    return read("SELECT m.report_id, m.entity_id, m.local_id, m.spans, m.why, r.body FROM mention m "
        + "JOIN report r ON r.id = m.report_id WHERE m.report_id = :id ORDER BY m.local_id", reportId);
  }

  public Counts counts(long canonicalId) {
    return h.createQuery("SELECT COALESCE(SUM(m.n), 0) AS mentions, COUNT(DISTINCT m.report_id) AS reports "
            + "FROM mention m JOIN entity e ON e.id = m.entity_id WHERE COALESCE(e.merged_into, e.id) = :c")
        .bind("c", canonicalId)
        .map((rs, ctx) -> new Counts(rs.getInt("mentions"), rs.getInt("reports"))).one();
  }

  private List<StoredMention> read(String sql, long id) {
    List<StoredMention> out = new ArrayList<>();
    h.createQuery(sql).bind("id", id).map((rs, ctx) -> {
      // a CLOB must be read as a string while the row is current
      String body = rs.getString("body");
      for (String span : rs.getString("spans").split(",")) {
        int dash = span.indexOf('-');
        int start = Integer.parseInt(span.substring(0, dash));
        int end = Integer.parseInt(span.substring(dash + 1));
        String text = body.substring(body.offsetByCodePoints(0, start), body.offsetByCodePoints(0, end));
        out.add(new StoredMention(rs.getLong("report_id"), rs.getLong("entity_id"), rs.getString("local_id"), start,
            end, text, rs.getString("why")));
      }
      return Boolean.TRUE;
    }).list();
    return out;
  }

  /** Where an entity's mentions under one name key are: each report and its local entity id. */
  public List<Map.Entry<Long, String>> localEntities(long entityId, String nameKey) {
    return h.createQuery("SELECT report_id, local_id FROM mention WHERE entity_id = :e AND name_key = :k")
        .bind("e", entityId).bind("k", nameKey)
        .map((rs, ctx) -> Map.entry(rs.getLong(1), rs.getString(2))).list();
  }

  /** Moves one report's local entity, all its mentions, to another stored entity (a split). */
  public void move(long reportId, String localId, long toEntity) {
    h.createUpdate("UPDATE mention SET entity_id = :to WHERE report_id = :r AND local_id = :l")
        .bind("to", toEntity).bind("r", reportId).bind("l", localId).execute();
  }
}
