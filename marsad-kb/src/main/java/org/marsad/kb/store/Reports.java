package org.marsad.kb.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.StatementContext;
import org.marsad.kb.grade.Credibility;
import org.marsad.kb.grade.Grade;
import org.marsad.kb.grade.Reliability;

/** Reports and the archive of their original bytes, content-addressed by SHA-256. */
public final class Reports {
  private static final String COLUMNS = "r.id, r.sha256, s.name AS source, s.reliability, r.credibility, "
      + "r.input_name, r.title, r.url, r.language, r.published, r.ingested_at";
  private final Handle h;

  public Reports(Handle h) {
    this.h = h;
  }

  public boolean exists(String sha256) {
    return h.createQuery("SELECT COUNT(*) FROM report WHERE sha256 = :s").bind("s", sha256)
        .mapTo(Integer.class).one() > 0;
  }

  /** Every stored report's SHA-256, for a batch to recognise repeats without asking each time. */
  public List<String> shas() {
    return h.createQuery("SELECT sha256 FROM report").mapTo(String.class).list();
  }

  /**
   * Stores a report and its original bytes, kept by the report's id (V42). The caller has checked that no report
   * has these bytes.
   */
  public long insert(NewReport r, Instant now) {
    // plain JDBC: this runs for every report
    java.sql.Connection c = h.getConnection();
    try (java.sql.PreparedStatement report = c.prepareStatement("INSERT INTO report (sha256, source_id, credibility, "
            + "input_name, format, charset, title, url, language, published, body, ingested_at) VALUES (?, ?, ?, ?, ?, "
            + "?, ?, ?, ?, ?, ?, ?)", new String[] {"id"});
         java.sql.PreparedStatement original = c.prepareStatement("INSERT INTO report_original (report_id, "
            + "size_bytes, bytes) VALUES (?, ?, ?)")) {
      report.setString(1, r.sha256());
      report.setLong(2, r.sourceId());
      report.setInt(3, r.credibility().code());
      report.setString(4, Entities.clip(r.inputName(), 2000));
      report.setString(5, r.format());
      report.setString(6, Entities.clip(r.charset(), 40));
      report.setString(7, r.title().map(t -> Entities.clip(t, 2000)).orElse(null));
      report.setString(8, r.url().map(u -> Entities.clip(u, 4000)).orElse(null));
      report.setString(9, r.language());
      report.setDate(10, r.published().map(java.sql.Date::valueOf).orElse(null));
      report.setString(11, r.text());
      report.setTimestamp(12, Timestamp.from(now));
      report.executeUpdate();
      long id;
      try (ResultSet keys = report.getGeneratedKeys()) {
        keys.next();
        id = keys.getLong(1);
      }
      original.setLong(1, id);
      original.setLong(2, r.original().length);
      original.setBytes(3, r.original());
      original.executeUpdate();
      return id;
    } catch (SQLException e) {
      throw new org.marsad.kb.KbException("cannot store report " + r.inputName() + " (" + r.sha256() + "): "
          + e.getMessage(), e);
    }
  }

  /** How many rows of each kind a report wrote; {@link Leftovers} checks them against what is stored. */
  public record Rows(int mentions, int claims, int args) {
  }

  /** The last statement of a report's transaction: the report is whole, with these rows. See {@link Leftovers}. */
  public void markComplete(long id, Rows rows) {
    try (java.sql.PreparedStatement ps = h.getConnection().prepareStatement("UPDATE report SET complete = TRUE, "
        + "mention_rows = ?, claim_rows = ?, arg_rows = ? WHERE id = ?")) {
      ps.setInt(1, rows.mentions());
      ps.setInt(2, rows.claims());
      ps.setInt(3, rows.args());
      ps.setLong(4, id);
      ps.executeUpdate();
    } catch (SQLException e) {
      throw new org.marsad.kb.KbException("cannot mark report " + id + " complete: " + e.getMessage(), e);
    }
  }

  public Optional<StoredReport> byId(long id) {
    return h.createQuery("SELECT " + COLUMNS + " FROM report r JOIN source s ON s.id = r.source_id WHERE r.id = :id")
        .bind("id", id).map(Reports::row).findOne();
  }

  /** The reports with these ids (those that exist), in 500-id queries instead of one query each. */
  public Map<Long, StoredReport> byIds(java.util.Collection<Long> ids) {
    Map<Long, StoredReport> out = new java.util.HashMap<>();
    List<Long> all = List.copyOf(new java.util.TreeSet<>(ids));
    for (int from = 0; from < all.size(); from += 500) {
      h.createQuery("SELECT " + COLUMNS + " FROM report r JOIN source s ON s.id = r.source_id WHERE r.id IN (<ids>)")
          .bindList("ids", all.subList(from, Math.min(all.size(), from + 500))).map(Reports::row)
          .forEach(r -> out.put(r.id(), r));
    }
    return out;
  }

  public Optional<StoredReport> bySha(String sha256) {
    return h.createQuery("SELECT " + COLUMNS + " FROM report r JOIN source s ON s.id = r.source_id "
        + "WHERE r.sha256 = :s").bind("s", sha256).map(Reports::row).findOne();
  }

  /** Every report in ingest order, for re-extraction and re-indexing. */
  public List<Long> ids() {
    return h.createQuery("SELECT id FROM report ORDER BY id").mapTo(Long.class).list();
  }

  public long count() {
    return h.createQuery("SELECT COUNT(*) FROM report").mapTo(Long.class).one();
  }

  public String text(long id) {
    return h.createQuery("SELECT body FROM report WHERE id = :id").bind("id", id).mapTo(String.class).one();
  }

  /** The bytes exactly as they came in. */
  public Optional<byte[]> original(String sha256) {
    return h.createQuery("SELECT o.bytes FROM report_original o JOIN report r ON r.id = o.report_id "
            + "WHERE r.sha256 = :s").bind("s", sha256)
        .mapTo(byte[].class).findOne();
  }

  static StoredReport row(ResultSet rs, StatementContext ctx) throws SQLException {
    java.sql.Date pub = rs.getDate("published");
    return new StoredReport(rs.getLong("id"), rs.getString("sha256"), rs.getString("source"),
        new Grade(Reliability.parse(rs.getString("reliability")), Credibility.of(rs.getInt("credibility"))),
        rs.getString("input_name"), Optional.ofNullable(rs.getString("title")),
        Optional.ofNullable(rs.getString("url")), rs.getString("language"),
        Optional.ofNullable(pub).map(java.sql.Date::toLocalDate), rs.getTimestamp("ingested_at").toInstant());
  }
}
