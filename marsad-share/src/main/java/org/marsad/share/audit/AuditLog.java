package org.marsad.share.audit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.jdbi.v3.core.Handle;
import org.marsad.share.ShareException;

/**
 * The append-only audit log over the store's {@code audit_log} table. Appends run in the caller's transaction, so
 * a record exists exactly when what it records was committed. Two writers appending at once collide on the next
 * sequence number and one transaction fails, rather than forking the chain.
 */
public final class AuditLog {
  private final Handle h;

  public AuditLog(Handle h) {
    this.h = h;
  }

  /** Appends the entries in order, all stamped {@code at}, and returns the records written. */
  public List<AuditRecord> append(List<AuditEntry> entries, Instant at) {
    // stored to the microsecond by both databases: hash what will be read back
    Instant when = at.truncatedTo(ChronoUnit.MILLIS);
    List<AuditRecord> written = new ArrayList<>(entries.size());
    if (entries.isEmpty()) {
      return written;
    }
    AuditRecord last = head().orElse(null);
    long seq = last == null ? 0 : last.seq();
    String prev = last == null ? AuditRecord.GENESIS : last.hash();
    Connection c = h.getConnection();
    try (PreparedStatement ps = c.prepareStatement("INSERT INTO audit_log (seq, recorded_at, actor, action, "
        + "object_id, object_hash, prev_hash, record_hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
      for (AuditEntry e : entries) {
        seq++;
        String action = e.action().name();
        String hash = AuditRecord.hashOf(seq, when, e.actor(), action, e.objectId(), e.objectHash(), prev);
        AuditRecord r = new AuditRecord(seq, when, e.actor(), action, e.objectId(), e.objectHash(), prev, hash);
        ps.setLong(1, r.seq());
        ps.setTimestamp(2, Timestamp.from(r.at()), utc());
        ps.setString(3, r.actor());
        ps.setString(4, r.action());
        ps.setString(5, r.objectId());
        ps.setString(6, r.objectHash());
        ps.setString(7, r.prevHash());
        ps.setString(8, r.hash());
        ps.addBatch();
        written.add(r);
        prev = hash;
      }
      ps.executeBatch();
    } catch (SQLException e) {
      throw new ShareException("cannot append " + entries.size() + " audit records after seq " + (last == null ? 0
          : last.seq()) + ": " + e.getMessage(), e);
    }
    return written;
  }

  public java.util.Optional<AuditRecord> head() {
    List<AuditRecord> last = new ArrayList<>();
    read("SELECT * FROM audit_log WHERE seq = (SELECT MAX(seq) FROM audit_log)", last::add);
    return last.stream().findFirst();
  }

  /** Every record in the order the table gives by sequence number, one at a time. */
  public void forEach(Consumer<AuditRecord> each) {
    read("SELECT * FROM audit_log ORDER BY seq", each);
  }

  private void read(String sql, Consumer<AuditRecord> each) {
    try (PreparedStatement ps = h.getConnection().prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        each.accept(row(rs));
      }
    } catch (SQLException e) {
      throw new ShareException("cannot read the audit log: " + e.getMessage(), e);
    }
  }

  /** The column has no time zone: written and read in UTC, the time hashed is the time read back anywhere. */
  private static java.util.Calendar utc() {
    return java.util.Calendar.getInstance(java.util.TimeZone.getTimeZone("UTC"));
  }

  private static AuditRecord row(ResultSet rs) throws SQLException {
    return new AuditRecord(rs.getLong("seq"), rs.getTimestamp("recorded_at", utc()).toInstant(), rs.getString("actor"),
        rs.getString("action"),
        rs.getString("object_id"), rs.getString("object_hash"), rs.getString("prev_hash"),
        rs.getString("record_hash"));
  }
}
