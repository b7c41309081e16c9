package org.marsad.share.sync;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.marsad.kb.ingest.Ingestor;
import org.marsad.kb.store.Database;
import org.marsad.share.BundleException;
import org.marsad.share.audit.AuditAction;
import org.marsad.share.audit.AuditEntry;
import org.marsad.share.audit.AuditGate;
import org.marsad.share.audit.AuditLog;
import org.marsad.share.partner.CredentialKey;
import org.marsad.share.partner.Partner;
import org.marsad.share.partner.Partners;
import org.marsad.share.receive.BundleReader;
import org.marsad.share.receive.Intake;
import org.marsad.share.receive.ReceivedBundle;
import org.marsad.share.stix.StixJson;
import org.marsad.share.taxii.Collection;
import org.marsad.share.taxii.Collections;
import org.marsad.share.taxii.ObjectStore;
import org.marsad.share.taxii.Query;
import org.marsad.share.taxii.Selection;
import org.marsad.share.taxii.StoredObject;
import org.marsad.share.taxii.TaxiiTime;

/**
 * Pull from and push to one partner, page by page, each page committed together with its cursor: a sync killed at
 * any moment resumes after the last committed page, and a page taken in twice changes nothing the second time
 * (object versions already received are known; a re-sent envelope is answered as a replay and counted as delivered).
 */
public final class PartnerSync {
  /** Hears each page as it is committed. */
  public interface Listener {
    void page(String direction, int number, int objects, int reportsStored);

    /** A local report removed because the partner revoked what it was built from (for the search index). */
    default void removed(long reportId) {
    }
  }

  private final Database db;
  private final Partner partner;
  private final TaxiiClient client;
  private final AuditGate gate;
  private final Clock clock;

  public PartnerSync(Database db, Partner partner, TaxiiClient client, AuditGate gate, Clock clock) {
    this.db = db;
    this.partner = partner;
    this.client = client;
    this.gate = gate;
    this.clock = clock;
  }

  /** A client for the partner as registered: its credentials (opened with the node key) and pinned certificate. */
  public static TaxiiClient clientFor(Partner p, String credentials) {
    return new TaxiiClient(TaxiiClient.Credentials.parse(credentials), p.serverFingerprint());
  }

  /** A client for the partner, its credentials opened from the store with the node key in {@code keyFile}. */
  public static TaxiiClient clientFor(Database db, Partner p, Path keyFile) {
    String credentials = db.inTransaction(h -> new Partners(h).credentials(p.name(), CredentialKey.open(h,
        keyFile)));
    return clientFor(p, credentials);
  }

  /** Pulls every object added to the partner's collection since the cursor; returns how many objects came. */
  public int pull(Ingestor ingestor, int pageSize, Listener listener) {
    int total = 0;
    int pages = 0;
    Intake.Sender sender = new Intake.Sender(partner.name(), otherIdentities());
    while (true) {
      Optional<String> cursor = db.inTransaction(h -> new Cursors(h).get(partner.name(), Cursors.PULL));
      String url = partner.collectionUrl(partner.pullCollection()) + "objects/?" + TaxiiClient.param("limit",
          String.valueOf(pageSize)) + cursor.map(c -> "&" + TaxiiClient.param("added_after", c)).orElse("");
      TaxiiClient.Response r = client.get(url);
      if (r.status() != 200) {
        throw new SyncException("partner " + partner.name() + ": GET " + url + " answered " + r.status() + ": "
            + clip(r.text()));
      }
      ReceivedBundle page;
      try {
        page = new BundleReader(BundleReader.DEFAULT_MAX_BYTES).readEnvelope(url, r.body());
      } catch (BundleException e) {
        if (StixJson.MAPPER.readTree(r.body()).path("objects").isMissingNode()) {
          return total; // an envelope without objects: nothing new
        }
        throw e;
      }
      if (page.objects().isEmpty() || r.addedLast().isEmpty()) {
        return total;
      }
      String last = r.addedLast().get();
      TaxiiTime.parse("X-TAXII-Date-Added-Last", last);
      Intake.Result result = gate.locked(() -> Intake.take(db, ingestor, sender, page.objects(), partner.name(),
          clock.instant(), h -> new Cursors(h).set(partner.name(), Cursors.PULL, last, clock.instant())));
      db.persist(); // "page N taken in" must survive a kill: the embedded store writes commits out late
      result.removedReports().forEach(listener::removed);
      total += page.objects().size();
      listener.page(Cursors.PULL, ++pages, page.objects().size(), result.reportsStored());
      if (!StixJson.MAPPER.readTree(r.body()).path("more").asBoolean(false)) {
        return total;
      }
    }
  }

  /**
   * Pushes what the partner may see of this node's publication (its rules, through the {@code picture} collection)
   * since the push cursor, in envelopes of {@code pageSize}; returns how many objects went.
   */
  public int push(int pageSize, Listener listener) {
    Collection picture = db.inTransaction(h -> new Collections(h).find(Collections.PICTURE)).orElseThrow();
    if (!partner.rules().allowsCollection(picture.id(), picture.alias())) {
      return 0;
    }
    int total = 0;
    int pages = 0;
    String url = partner.collectionUrl(partner.pushCollection()) + "objects/";
    while (true) {
      Optional<Long> cursor = db.inTransaction(h -> new Cursors(h).get(partner.name(), Cursors.PUSH))
          .map(Long::parseLong);
      Query q = new Query(cursor, pageSize, Optional.empty(), Set.of(), Set.of(), List.of("last"), Set.of());
      List<StoredObject> rows = db.inTransaction(h -> {
        ObjectStore store = new ObjectStore(h);
        return store.withBodies(Selection.select(store.rows(List.of(ObjectStore.PUBLISHED), Optional.empty(),
            o -> picture.shows(o) && partner.rules().allows(o.labels())), q).rows());
      });
      if (rows.isEmpty()) {
        return total;
      }
      StringBuilder sb = new StringBuilder("{\"objects\":[");
      List<AuditEntry> sent = new ArrayList<>();
      for (int i = 0; i < rows.size(); i++) {
        sb.append(i == 0 ? "" : ",").append(rows.get(i).body());
        sent.add(new AuditEntry(partner.name(), AuditAction.SENT, rows.get(i).id(),
            StixJson.hash(StixJson.MAPPER.readValue(rows.get(i).body(), Object.class))));
      }
      byte[] envelope = sb.append("]}").toString().getBytes(StandardCharsets.UTF_8);
      TaxiiClient.Response r = client.post(url, envelope);
      // 409: the partner took in this very envelope before (a push killed before it recorded the answer)
      if (r.status() != 202 && r.status() != 409) {
        throw new SyncException("partner " + partner.name() + ": POST " + url + " answered " + r.status() + ": "
            + clip(r.text()));
      }
      long last = rows.get(rows.size() - 1).added();
      gate.inTransaction(db, h -> {
        new AuditLog(h).append(sent, clock.instant());
        new Cursors(h).set(partner.name(), Cursors.PUSH, String.valueOf(last), clock.instant());
        return null;
      });
      db.persist();
      total += rows.size();
      listener.page(Cursors.PUSH, ++pages, rows.size(), 0);
    }
  }

  private Set<String> otherIdentities() {
    Set<String> out = new HashSet<>();
    db.inTransaction(h -> new Partners(h).list()).stream().filter(p -> !p.name().equals(partner.name()))
        .forEach(p -> p.identity().ifPresent(out::add));
    partner.identity().ifPresent(out::remove);
    return out;
  }

  private static String clip(String s) {
    return s.length() <= 300 ? s : s.substring(0, 300) + "…";
  }
}
