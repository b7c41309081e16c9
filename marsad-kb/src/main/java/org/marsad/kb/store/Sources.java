package org.marsad.kb.store;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.marsad.kb.grade.Credibility;
import org.marsad.kb.grade.Reliability;

/** Sources and their grading. */
public final class Sources {
  private final Handle h;

  public Sources(Handle h) {
    this.h = h;
  }

  public Optional<Source> byName(String name) {
    return h.createQuery("SELECT * FROM source WHERE name = :n").bind("n", name).map(Sources::row).findOne();
  }

  /**
   * The named source, created with the given grading if new. A grading given for a known source replaces
   * the old one: the analyst has re-assessed it.
   */
  public Source ensure(String name, Optional<Reliability> reliability, Optional<Credibility> credibility,
                       Instant now) {
    Optional<Source> known = byName(name);
    if (known.isPresent()) {
      Source s = known.get();
      Reliability r = reliability.orElse(s.reliability());
      Credibility c = credibility.orElse(s.defaultCredibility());
      if (r != s.reliability() || c != s.defaultCredibility()) {
        h.createUpdate("UPDATE source SET reliability = :r, default_credibility = :c WHERE id = :id")
            .bind("r", r.name()).bind("c", c.code()).bind("id", s.id()).execute();
      }
      if (r != s.reliability()) {
        new FactSummaries(h).regrade(s.id(), r); // every report of the source now weighs differently
      }
      return new Source(s.id(), name, r, c);
    }
    Reliability r = reliability.orElse(Reliability.F);
    Credibility c = credibility.orElse(Credibility.UNKNOWN);
    long id = h.createUpdate("INSERT INTO source (name, reliability, default_credibility, created_at) "
            + "VALUES (:n, :r, :c, :now)")
        .bind("n", Entities.clip(name, 200)).bind("r", r.name()).bind("c", c.code()).bind("now", Timestamp.from(now))
        .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
    return new Source(id, name, r, c);
  }

  /** Each source with its report count, most reports first. */
  public List<SourceStats> stats() {
    return h.createQuery("SELECT s.*, COUNT(r.id) AS reports, MIN(r.published) AS first_pub, "
            + "MAX(r.published) AS last_pub FROM source s LEFT JOIN report r ON r.source_id = s.id "
            + "GROUP BY s.id, s.name, s.reliability, s.default_credibility, s.created_at ORDER BY reports DESC, s.name")
        .map((rs, ctx) -> new SourceStats(row(rs, ctx), rs.getLong("reports"),
            Optional.ofNullable(rs.getDate("first_pub")).map(java.sql.Date::toLocalDate),
            Optional.ofNullable(rs.getDate("last_pub")).map(java.sql.Date::toLocalDate)))
        .list();
  }

  /** A source with how much it has given. */
  public record SourceStats(Source source, long reports, Optional<java.time.LocalDate> firstPublished,
                            Optional<java.time.LocalDate> lastPublished) {
  }

  static Source row(java.sql.ResultSet rs, org.jdbi.v3.core.statement.StatementContext ctx)
      throws java.sql.SQLException {
    return new Source(rs.getLong("id"), rs.getString("name"), Reliability.parse(rs.getString("reliability")),
        Credibility.of(rs.getInt("default_credibility")));
  }
}
