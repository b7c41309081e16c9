package org.marsad.kb.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
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

  /**
   * Stores a report and its original bytes. The caller has checked that no report has these bytes; the
   * original is archived in the same transaction as its report, so it cannot be there either.
   */
  /** Every stored report's SHA-256, for a batch to recognise repeats without asking each time. */
  public List<String> shas() {
    return h.createQuery("SELECT sha256 FROM report").mapTo(String.class).list();
  }

  public long insert(NewReport r, Instant now) {
    h.createUpdate("INSERT INTO original (sha256, size_bytes, bytes) VALUES (:s, :n, :b)")
        .bind("s", r.sha256()).bind("n", (long) r.original().length).bind("b", r.original()).execute();
    return h.createUpdate("INSERT INTO report (sha256, source_id, credibility, input_name, format, charset, title, "
            + "url, language, published, body, ingested_at) VALUES (:sha, :src, :cred, :input, :format, :charset, "
            + ":title, :url, :lang, :pub, :body, :now)")
        .bind("sha", r.sha256()).bind("src", r.sourceId()).bind("cred", r.credibility().code())
        .bind("input", Entities.clip(r.inputName(), 2000)).bind("format", r.format())
        .bind("charset", Entities.clip(r.charset(), 40))
        .bind("title", r.title().map(t -> Entities.clip(t, 2000)).orElse(null))
        .bind("url", r.url().map(u -> Entities.clip(u, 4000)).orElse(null)).bind("lang", r.language())
        .bind("pub", r.published().map(java.sql.Date::valueOf).orElse(null)).bind("body", r.text())
        .bind("now", Timestamp.from(now))
        .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
  }

  /** The last statement of a report's transaction: the report is whole. See {@link Leftovers}. */
  /** How many rows of each kind a report wrote; {@link Leftovers} checks them against what is stored. */
  public record Rows(int mentions, int claims, int args) {
  }

  /** The last statement of a report's transaction: the report is whole, with these rows. */
  public void markComplete(long id, Rows rows) {
    h.createUpdate("UPDATE report SET complete = TRUE, mention_rows = :m, claim_rows = :c, arg_rows = :a "
            + "WHERE id = :id")
        .bind("id", id).bind("m", rows.mentions()).bind("c", rows.claims()).bind("a", rows.args()).execute();
  }

  public Optional<StoredReport> byId(long id) {
    return h.createQuery("SELECT " + COLUMNS + " FROM report r JOIN source s ON s.id = r.source_id WHERE r.id = :id")
        .bind("id", id).map(Reports::row).findOne();
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
    return h.createQuery("SELECT bytes FROM original WHERE sha256 = :s").bind("s", sha256)
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
