package org.marsad.share.taxii;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jdbi.v3.core.Handle;
import org.marsad.share.ShareException;
import org.marsad.share.audit.AuditAction;
import org.marsad.share.audit.AuditEntry;
import org.marsad.share.audit.AuditLog;
import org.marsad.share.export.StixExport;
import org.marsad.share.partner.Labeller;
import org.marsad.share.partner.Labels;
import org.marsad.share.stix.StixJson;

/**
 * Publishes the node's picture to its TAXII collections: each object version not published yet is added, labelled
 * for partners' rules, in the order of the export (what an object refers to comes before it). Left out: objects
 * an analyst withdrew, and what rests only on partners' reports, which is theirs to share, not this node's (and
 * would otherwise travel back to them as this node's own). An object published before and gone from the picture
 * (an entity merged into another) is revoked, so partners drop it too.
 */
public final class Publication {
  private final Handle h;
  private final Instant now;

  public Publication(Handle h, Instant now) {
    this.h = h;
    this.now = now;
  }

  /** What a publication added. */
  public record Result(int added, int revoked, long objects) {
  }

  public Result publish(StixExport.Options options) {
    StixExport.Publishable picture = StixExport.objects(h, options, now);
    List<Map<String, Object>> objects = new ArrayList<>(picture.objects());
    // the node first: a receiver names the source of every report after it, whichever page the report comes in
    objects.sort(java.util.Comparator.comparing(o -> isNode(o) ? 0 : 1));
    Map<String, Set<String>> withheld = new java.util.HashMap<>();
    picture.views().forEach((id, v) -> withheld.put(id, v.withheld()));
    Map<String, Labels> labels = Labeller.label(objects, withheld);
    Set<String> received = receivedSources();
    Set<String> withdrawn = new HashSet<>(h.createQuery("SELECT stix_id FROM taxii_withdrawn").mapTo(String.class)
        .list());
    Set<String> knownViews = new HashSet<>(h.createQuery("SELECT view_id FROM taxii_view").mapTo(String.class).list());
    ObjectStore store = new ObjectStore(h);
    Map<String, List<String>> known = store.versions(ObjectStore.PUBLISHED);
    List<StoredObject> fresh = new ArrayList<>();
    Set<String> eligible = new HashSet<>();
    for (Map<String, Object> o : objects) {
      String id = (String) o.get("id");
      Labels l = labels.get(id);
      Optional<StixExport.View> view = Optional.ofNullable(picture.views().get(id));
      // the view of an object an analyst withdrew goes with it
      if (withdrawn.contains(id) || view.filter(v -> withdrawn.contains(v.of())).isPresent()
          || !l.sources().isEmpty() && received.containsAll(l.sources())) {
        continue;
      }
      view.filter(v -> knownViews.add(id)).ifPresent(v -> h.createUpdate("INSERT INTO taxii_view (view_id, "
          + "object_id) VALUES (:v, :o)").bind("v", id).bind("o", v.of()).execute());
      eligible.add(id);
      String version = version(o);
      if (!known.getOrDefault(id, List.of()).contains(version)) {
        fresh.add(new StoredObject(0, ObjectStore.PUBLISHED, id, version, "2.1", l, false, StixJson.canonical(o)));
      }
    }
    store.append(ObjectStore.PUBLISHED, fresh, now);
    int revoked = 0;
    for (String id : known.keySet()) {
      if (!eligible.contains(id) && !withdrawn.contains(id) && latest(id).filter(r -> !r.revoked()).isPresent()
          && !id.startsWith("marking-definition--") && !id.startsWith("extension-definition--")) {
        revoke(id);
        revoked++;
      }
    }
    return new Result(fresh.size(), revoked, objects.size());
  }

  /**
   * Withdraws one of this node's objects: a revoked version is published (STIX 2.1 section 3.6.2), the only way
   * TAXII pollers learn of it, and the object is never published again.
   */
  public void withdraw(String stixId, String actor) {
    StoredObject last = latest(stixId).orElseThrow(() -> new ShareException("this node never published "
        + stixId));
    if (!last.revoked()) {
      revoke(stixId);
    }
    // its views too, at once: a partner that gets a view instead must lose it now, not at the next publication
    for (String view : h.createQuery("SELECT view_id FROM taxii_view WHERE object_id = :id").bind("id", stixId)
        .mapTo(String.class).list()) {
      if (latest(view).filter(r -> !r.revoked()).isPresent()) {
        revoke(view);
      }
    }
    if (h.createQuery("SELECT COUNT(*) FROM taxii_withdrawn WHERE stix_id = :id").bind("id", stixId)
        .mapTo(Long.class).one() == 0) {
      h.createUpdate("INSERT INTO taxii_withdrawn (stix_id, withdrawn_at) VALUES (:id, :at)").bind("id", stixId)
          .bind("at", java.sql.Timestamp.from(now)).execute();
    }
    new AuditLog(h).append(List.of(new AuditEntry(actor, AuditAction.WITHDRAWN, stixId,
        StixJson.hash(StixJson.MAPPER.readValue(latestBody(stixId), Object.class)))), now);
  }

  private void revoke(String stixId) {
    StoredObject last = latest(stixId).orElseThrow();
    Map<String, Object> o = new LinkedHashMap<>(StixJson.MAPPER.readValue(latestBody(stixId), Map.class));
    if (!(o.get("modified") instanceof String modified)) {
      throw new ShareException(stixId + " has no versions (no 'modified'), so it cannot be revoked");
    }
    Instant after = Instant.parse(modified).plusMillis(1);
    Instant when = now.truncatedTo(ChronoUnit.MILLIS).isAfter(after) ? now : after;
    o.put("modified", StixJson.timestamp(when));
    o.put("revoked", true);
    new ObjectStore(h).append(ObjectStore.PUBLISHED, List.of(new StoredObject(0, ObjectStore.PUBLISHED, stixId,
        (String) o.get("modified"), last.specVersion(), last.labels(), true, StixJson.canonical(o))), now);
  }

  private Optional<StoredObject> latest(String stixId) {
    List<StoredObject> rows = new ObjectStore(h).rows(List.of(ObjectStore.PUBLISHED), Optional.of(stixId), o -> true);
    return rows.isEmpty() ? Optional.empty() : Optional.of(rows.get(rows.size() - 1));
  }

  private String latestBody(String stixId) {
    return new ObjectStore(h).withBodies(List.of(latest(stixId).orElseThrow())).get(0).body();
  }

  /** The names of sources made for partners' reports: their material is not this node's to publish. */
  private Set<String> receivedSources() {
    return new HashSet<>(h.createQuery("SELECT DISTINCT s.name FROM received_report rr JOIN report r "
        + "ON r.sha256 = rr.report_sha JOIN source s ON s.id = r.source_id").mapTo(String.class).list());
  }

  private static boolean isNode(Map<String, Object> o) {
    return o.get("extensions") instanceof Map<?, ?> e && e.get(org.marsad.share.stix.MarsadExtension.PROPERTIES)
        instanceof Map<?, ?> b && "node".equals(b.get("kind"));
  }

  static String version(Map<String, Object> o) {
    Object v = o.get("modified");
    if (v == null) {
      v = o.get("created");
    }
    return v == null ? "-" : v.toString();
  }
}
