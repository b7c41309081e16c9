package org.marsad.share.export;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.marsad.share.stix.StixJson;

/**
 * Stamps {@code created} and {@code modified} on the objects a node issues (STIX 2.1 section 3.6, versioning):
 * {@code created} is when the object was first exported, and {@code modified} moves on exactly when the content
 * (everything else in the object) differs from the last export. Re-exporting an unchanged store gives the same
 * objects, byte for byte.
 */
final class Versions {
  private final Handle h;
  private final Instant now;

  Versions(Handle h, Instant now) {
    this.h = h;
    this.now = now.truncatedTo(ChronoUnit.MILLIS);
  }

  private record Row(String hash, Instant created, Instant modified) {
  }

  Map<String, Object> stamp(Map<String, Object> content) {
    String id = (String) content.get("id");
    String hash = StixJson.hash(content);
    Optional<Row> last = h.createQuery("SELECT content_hash, created, modified FROM stix_version WHERE stix_id = :id")
        .bind("id", id).map((rs, ctx) -> new Row(rs.getString(1), rs.getTimestamp(2).toInstant(),
            rs.getTimestamp(3).toInstant())).findOne();
    Instant created;
    Instant modified;
    if (last.isEmpty()) {
      created = now;
      modified = now;
      h.createUpdate("INSERT INTO stix_version (stix_id, content_hash, created, modified) VALUES (:id, :h, :c, :m)")
          .bind("id", id).bind("h", hash).bind("c", Timestamp.from(created)).bind("m", Timestamp.from(modified))
          .execute();
    } else if (last.get().hash().equals(hash)) {
      created = last.get().created();
      modified = last.get().modified();
    } else {
      created = last.get().created();
      // a new version must sort after the old one even when the clock has not moved on
      Instant after = last.get().modified().plusMillis(1);
      modified = now.isAfter(after) ? now : after;
      h.createUpdate("UPDATE stix_version SET content_hash = :h, modified = :m WHERE stix_id = :id").bind("id", id)
          .bind("h", hash).bind("m", Timestamp.from(modified)).execute();
    }
    Map<String, Object> out = new LinkedHashMap<>();
    content.forEach((k, v) -> {
      out.put(k, v);
      if (k.equals("created_by_ref") || k.equals("id") && !content.containsKey("created_by_ref")) {
        out.put("created", StixJson.timestamp(created));
        out.put("modified", StixJson.timestamp(modified));
      }
    });
    return out;
  }
}
