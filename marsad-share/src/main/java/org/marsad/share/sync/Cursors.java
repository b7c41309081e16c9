package org.marsad.share.sync;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

/**
 * How far a sync with a partner got, per direction: for a pull, the partner's X-TAXII-Date-Added-Last of the last
 * page taken in; for a push, the {@code added} of the last own object the partner acknowledged. Always written in
 * the transaction of what it covers.
 */
public final class Cursors {
  public static final String PULL = "pull";
  public static final String PUSH = "push";
  private final Handle h;

  public Cursors(Handle h) {
    this.h = h;
  }

  public Optional<String> get(String partner, String direction) {
    return h.createQuery("SELECT position FROM partner_cursor WHERE partner = :p AND direction = :d")
        .bind("p", partner).bind("d", direction).mapTo(String.class).findOne();
  }

  public void set(String partner, String direction, String position, Instant now) {
    int n = h.createUpdate("UPDATE partner_cursor SET position = :pos, updated_at = :at WHERE partner = :p "
            + "AND direction = :d").bind("pos", position).bind("at", Timestamp.from(now)).bind("p", partner)
        .bind("d", direction).execute();
    if (n == 0) {
      h.createUpdate("INSERT INTO partner_cursor (partner, direction, position, updated_at) VALUES (:p, :d, :pos, "
          + ":at)").bind("p", partner).bind("d", direction).bind("pos", position).bind("at", Timestamp.from(now))
          .execute();
    }
  }
}
