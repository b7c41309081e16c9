package org.marsad.share.taxii;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.marsad.kb.source.Sha256;
import org.marsad.kb.store.Database;
import org.marsad.share.BundleException;
import org.marsad.share.audit.AuditAction;
import org.marsad.share.audit.AuditEntry;
import org.marsad.share.audit.AuditGate;
import org.marsad.share.audit.AuditLog;
import org.marsad.share.receive.BundleReader;
import org.marsad.share.receive.ReceivedBundle;
import org.marsad.share.stix.StixJson;

/**
 * TAXII 2.1 over a Marsad store, free of any HTTP server: discovery, the API root, status, collections, a
 * collection, its manifest, objects (GET and POST), one object (GET and DELETE) and its versions, with the
 * filters of section 3.4. A partner sees only what its rules allow, asked by list or by id alike; every object
 * sent, every envelope received and every refusal goes to the audit log.
 */
public final class TaxiiService {
  /** The one API root of a node, below the TAXII prefix. */
  public static final String API_ROOT = "marsad";

  /**
   * What the service says about itself.
   *
   * @param prefix           where discovery is, e.g. "/taxii2/"; API roots are below it
   * @param maxContentLength the largest request body accepted (API root resource); larger ones get 413
   */
  public record Settings(String title, String prefix, long maxContentLength) {
  }

  private final Settings settings;
  private final AuditGate gate;
  private final Inbox inbox;
  private final Clock clock;

  public TaxiiService(Settings settings, AuditGate gate, Inbox inbox, Clock clock) {
    this.settings = settings;
    this.gate = gate;
    this.inbox = inbox;
    this.clock = clock;
  }

  public Settings settings() {
    return settings;
  }

  public TaxiiResponse handle(Database db, TaxiiRequest r) {
    try {
      if (!MediaTypes.accepts(r.accept())) {
        throw new TaxiiException(406, "this server answers only in " + MediaTypes.TAXII + ", which the Accept header '"
            + TaxiiTime.clip(r.accept()) + "' does not admit");
      }
      return route(db, r, segments(r.path()));
    } catch (TaxiiException e) {
      refuse(db, r, e);
      return error(e.status(), e.title(), e.getMessage());
    }
  }

  private TaxiiResponse route(Database db, TaxiiRequest r, List<String> s) {
    if (s.isEmpty()) {
      allow(r, "GET");
      return ok(discovery());
    }
    if (!s.get(0).equals(API_ROOT)) {
      throw new TaxiiException(404, "no API root '" + TaxiiTime.clip(s.get(0)) + "'; this server has " + API_ROOT);
    }
    Caller caller = r.caller().orElseThrow(() -> new TaxiiException(401, "sign in to use the API root"));
    if (s.size() == 1) {
      allow(r, "GET");
      return ok(apiRoot());
    }
    if (s.get(1).equals("status") && s.size() == 3) {
      allow(r, "GET");
      return status(db, caller, s.get(2));
    }
    if (!s.get(1).equals("collections")) {
      throw notFound(r);
    }
    if (s.size() == 2) {
      allow(r, "GET");
      return collections(db, caller);
    }
    Collection c = db.inTransaction(h -> new Collections(h).find(s.get(2)))
        .orElseThrow(() -> new TaxiiException(404, "no collection '" + TaxiiTime.clip(s.get(2)) + "'"));
    if (!caller.rules().allowsCollection(c.id(), c.alias())) {
      throw new TaxiiException(403, caller.name() + " may not use collection " + c.alias());
    }
    if (s.size() == 3) {
      allow(r, "GET");
      return ok(c.resource(true, true));
    }
    String what = s.get(3);
    if (what.equals("manifest") && s.size() == 4) {
      allow(r, "GET");
      return manifest(db, caller, c, Query.parse(r.params(), "last"));
    }
    if (!what.equals("objects")) {
      throw notFound(r);
    }
    if (s.size() == 4) {
      allow(r, "GET", "POST");
      return r.method().equals("GET") ? objects(db, caller, c, Optional.empty(), Query.parse(r.params(), "last"))
          : post(db, caller, c, r);
    }
    String objectId = s.get(4);
    if (s.size() == 5) {
      allow(r, "GET", "DELETE");
      if (r.method().equals("DELETE")) {
        return delete(db, caller, c, objectId, Query.parse(r.params(), "all"));
      }
      TaxiiResponse found = objects(db, caller, c, Optional.of(objectId), Query.parse(r.params(), "last"));
      if (found.status() == 200 && found.headers().containsKey("X-TAXII-Date-Added-First")) {
        return found;
      }
      throw new TaxiiException(404, "no object " + TaxiiTime.clip(objectId) + " in collection " + c.alias()
          + " that " + caller.name() + " may see");
    }
    if (s.size() == 6 && s.get(5).equals("versions")) {
      allow(r, "GET");
      return versions(db, caller, c, objectId, Query.parse(r.params(), "all"));
    }
    throw notFound(r);
  }

  private Map<String, Object> discovery() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("title", settings.title());
    m.put("description", "A Marsad node: a sourced picture of armed groups, shared under TLP 2.0 and per-partner "
        + "rules.");
    m.put("default", settings.prefix() + API_ROOT + "/");
    m.put("api_roots", List.of(settings.prefix() + API_ROOT + "/"));
    return m;
  }

  private Map<String, Object> apiRoot() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("title", settings.title());
    m.put("description", "STIX 2.1 objects this node shares, and an inbox for partners.");
    m.put("versions", List.of(MediaTypes.TAXII));
    m.put("max_content_length", settings.maxContentLength());
    return m;
  }

  private TaxiiResponse collections(Database db, Caller caller) {
    List<Object> out = new ArrayList<>();
    for (Collection c : db.inTransaction(h -> new Collections(h).list())) {
      if (caller.rules().allowsCollection(c.id(), c.alias())) {
        out.add(c.resource(true, true));
      }
    }
    return ok(out.isEmpty() ? Map.of() : Map.of("collections", out));
  }

  /** The rows of a collection this caller may see, oldest first. */
  private List<StoredObject> visible(Handle h, Caller caller, Collection c, Optional<String> objectId) {
    if (!c.canRead()) {
      throw new TaxiiException(403, "collection " + c.alias() + " cannot be read, only written to");
    }
    List<StoredObject> all = new ObjectStore(h).rows(List.of(ObjectStore.PUBLISHED, c.id()), objectId, o -> true);
    java.util.Set<String> had = caller.isPartner() ? Visibility.sentTo(h, caller.name()) : java.util.Set.of();
    return Visibility.filter(all, o -> (o.collectionId().equals(c.id()) || c.shows(o))
        && caller.rules().allows(o.labels()), had);
  }

  private TaxiiResponse objects(Database db, Caller caller, Collection c, Optional<String> objectId, Query q) {
    Selection.Page page = db.inTransaction(h -> Selection.select(visible(h, caller, c, objectId), q));
    List<StoredObject> rows = db.inTransaction(h -> new ObjectStore(h).withBodies(page.rows()));
    StringBuilder sb = new StringBuilder("{\"more\":").append(page.more());
    if (page.more()) {
      sb.append(",\"next\":\"").append(page.next()).append('"');
    }
    List<AuditEntry> sent = new ArrayList<>();
    if (!rows.isEmpty()) {
      sb.append(",\"objects\":[");
      for (int i = 0; i < rows.size(); i++) {
        String body = rows.get(i).body();
        sb.append(i == 0 ? "" : ",").append(body);
        sent.add(new AuditEntry(caller.name(), AuditAction.SENT, rows.get(i).id(),
            StixJson.hash(StixJson.MAPPER.readValue(body, Object.class))));
      }
      sb.append(']');
    }
    sb.append('}');
    gate.inTransaction(db, h -> new AuditLog(h).append(sent, clock.instant()));
    return new TaxiiResponse(200, pageHeaders(page), sb.toString().getBytes(StandardCharsets.UTF_8));
  }

  private TaxiiResponse manifest(Database db, Caller caller, Collection c, Query q) {
    Selection.Page page = db.inTransaction(h -> Selection.select(visible(h, caller, c, Optional.empty()), q));
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("more", page.more());
    if (page.more()) {
      m.put("next", page.next());
    }
    List<Object> records = new ArrayList<>();
    for (StoredObject o : page.rows()) {
      Map<String, Object> rec = new LinkedHashMap<>();
      rec.put("id", o.id());
      rec.put("date_added", TaxiiTime.format(o.added()));
      rec.put("version", o.version());
      rec.put("media_type", MediaTypes.STIX);
      records.add(rec);
    }
    if (!records.isEmpty()) {
      m.put("objects", records);
    }
    byte[] body = StixJson.MAPPER.writeValueAsBytes(m);
    gate.inTransaction(db, h -> new AuditLog(h).append(List.of(new AuditEntry(caller.name(), AuditAction.VIEWED,
        clipId("manifest " + c.alias()), Sha256.hex(body))), clock.instant()));
    return new TaxiiResponse(200, pageHeaders(page), body);
  }

  private TaxiiResponse versions(Database db, Caller caller, Collection c, String objectId, Query q) {
    Selection.Page page = db.inTransaction(h -> Selection.select(visible(h, caller, c, Optional.of(objectId)), q));
    if (page.rows().isEmpty()) {
      throw new TaxiiException(404, "no object " + TaxiiTime.clip(objectId) + " in collection " + c.alias()
          + " that " + caller.name() + " may see");
    }
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("more", page.more());
    if (page.more()) {
      m.put("next", page.next());
    }
    m.put("versions", page.rows().stream().map(StoredObject::version).toList());
    return new TaxiiResponse(200, pageHeaders(page), StixJson.MAPPER.writeValueAsBytes(m));
  }

  private TaxiiResponse delete(Database db, Caller caller, Collection c, String objectId, Query q) {
    if (!caller.isAdmin()) {
      throw new TaxiiException(403, caller.name() + " may not delete objects; only an admin may");
    }
    int gone = gate.inTransaction(db, h -> {
      List<StoredObject> rows = Selection.select(new ObjectStore(h).rows(List.of(ObjectStore.PUBLISHED, c.id()),
          Optional.of(objectId), o -> o.collectionId().equals(c.id()) || c.shows(o)),
          new Query(Optional.empty(), Query.MAX_LIMIT, Optional.empty(), java.util.Set.of(), java.util.Set.of(),
              q.versions(), q.specVersions())).rows();
      if (rows.isEmpty()) {
        return 0;
      }
      if (rows.stream().anyMatch(o -> o.collectionId().equals(ObjectStore.PUBLISHED))) {
        // TAXII tells pollers nothing of deletions: this node's own object is withdrawn by a revocation instead
        new Publication(h, clock.instant()).withdraw(objectId, caller.name());
      }
      return new ObjectStore(h).delete(rows.stream().filter(o -> o.collectionId().equals(c.id())).toList())
          + (int) rows.stream().filter(o -> o.collectionId().equals(ObjectStore.PUBLISHED)).count();
    });
    if (gone == 0) {
      throw new TaxiiException(404, "no object " + TaxiiTime.clip(objectId) + " in collection " + c.alias());
    }
    return new TaxiiResponse(200, Map.of(), new byte[0]);
  }

  private TaxiiResponse post(Database db, Caller caller, Collection c, TaxiiRequest r) {
    if (!c.canWrite()) {
      throw new TaxiiException(403, "collection " + c.alias() + " cannot be written to");
    }
    if (!MediaTypes.isTaxiiBody(r.contentType())) {
      throw new TaxiiException(415, "objects are posted as " + MediaTypes.TAXII + ", not '"
          + TaxiiTime.clip(String.valueOf(r.contentType())) + "'");
    }
    if (r.body().length > settings.maxContentLength()) {
      throw new TaxiiException(413, "an envelope is at most " + settings.maxContentLength() + " bytes, not "
          + r.body().length);
    }
    ReceivedBundle envelope;
    try {
      envelope = new BundleReader(settings.maxContentLength()).readEnvelope("envelope", r.body());
    } catch (BundleException e) {
      throw new TaxiiException(400, e.getMessage());
    }
    if (envelope.objects().isEmpty()) {
      throw new TaxiiException(400, "the envelope holds no objects");
    }
    String requestHash = Sha256.hex(r.body());
    boolean replay = db.inTransaction(h -> h.createQuery("SELECT COUNT(*) FROM taxii_status WHERE account = :a "
        + "AND request_hash = :r").bind("a", caller.name()).bind("r", requestHash).mapTo(Long.class).one() > 0);
    if (replay) {
      throw new TaxiiException(409, "this exact envelope (SHA-256 " + requestHash + ") was received from "
          + caller.name() + " before; a replay changes nothing");
    }
    Inbox.Receipt receipt = inbox.receive(caller, c, envelope.objects());
    String statusId = java.util.UUID.randomUUID().toString();
    Map<String, Object> status = statusResource(statusId, receipt);
    String json = StixJson.MAPPER.writeValueAsString(status);
    db.inTransaction(h -> h.createUpdate("INSERT INTO taxii_status (id, account, request_hash, requested_at, body) "
            + "VALUES (:id, :a, :r, :at, :b)").bind("id", statusId).bind("a", caller.name()).bind("r", requestHash)
        .bind("at", java.sql.Timestamp.from(clock.instant())).bind("b", json).execute());
    return new TaxiiResponse(202, Map.of(), json.getBytes(StandardCharsets.UTF_8));
  }

  private Map<String, Object> statusResource(String id, Inbox.Receipt receipt) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", id);
    m.put("status", "complete");
    m.put("request_timestamp", TaxiiTime.format(TaxiiTime.micros(clock.instant())));
    m.put("total_count", receipt.successes().size() + receipt.failures().size());
    m.put("success_count", receipt.successes().size());
    m.put("failure_count", receipt.failures().size());
    m.put("pending_count", 0);
    if (!receipt.successes().isEmpty()) {
      m.put("successes", receipt.successes().stream().map(s -> detail(s, null)).toList());
    }
    if (!receipt.failures().isEmpty()) {
      m.put("failures", receipt.failures().stream().map(s -> detail(s.substring(0, s.indexOf(' ') < 0 ? s.length()
          : s.indexOf(' ')), s.indexOf(' ') < 0 ? "refused" : s.substring(s.indexOf(' ') + 1))).toList());
    }
    return m;
  }

  private static Map<String, Object> detail(String idAtVersion, String message) {
    Map<String, Object> d = new LinkedHashMap<>();
    int at = idAtVersion.indexOf('@');
    d.put("id", at < 0 ? idAtVersion : idAtVersion.substring(0, at));
    if (at >= 0) {
      d.put("version", idAtVersion.substring(at + 1));
    }
    if (message != null) {
      d.put("message", message);
    }
    return d;
  }

  private TaxiiResponse status(Database db, Caller caller, String id) {
    Optional<String[]> row = db.inTransaction(h -> h.createQuery("SELECT account, body FROM taxii_status WHERE id = :id")
        .bind("id", id.length() > 36 ? "" : id).map((rs, ctx) -> new String[] {rs.getString(1), rs.getString(2)})
        .findOne());
    if (row.isEmpty() || !(row.get()[0].equals(caller.name()) || caller.isAdmin())) {
      throw new TaxiiException(404, "no status '" + TaxiiTime.clip(id) + "' for " + caller.name());
    }
    return new TaxiiResponse(200, Map.of(), row.get()[1].getBytes(StandardCharsets.UTF_8));
  }

  private static Map<String, String> pageHeaders(Selection.Page page) {
    if (page.rows().isEmpty()) {
      return Map.of();
    }
    return Map.of("X-TAXII-Date-Added-First", TaxiiTime.format(page.rows().get(0).added()),
        "X-TAXII-Date-Added-Last", TaxiiTime.format(page.rows().get(page.rows().size() - 1).added()));
  }

  private static void allow(TaxiiRequest r, String... methods) {
    for (String m : methods) {
      if (m.equals(r.method())) {
        return;
      }
    }
    throw new TaxiiException(405, r.method() + " is not allowed on " + TaxiiTime.clip(r.path()) + " (allowed: "
        + String.join(", ", methods) + ")");
  }

  private static TaxiiException notFound(TaxiiRequest r) {
    return new TaxiiException(404, "no TAXII resource at '" + TaxiiTime.clip(r.path()) + "'");
  }

  private static List<String> segments(String path) {
    List<String> out = new ArrayList<>();
    for (String s : path.split("/")) {
      if (!s.isEmpty()) {
        out.add(s);
      }
    }
    return out;
  }

  private static TaxiiResponse ok(Object resource) {
    return new TaxiiResponse(200, Map.of(), StixJson.MAPPER.writeValueAsBytes(resource));
  }

  /** The error message resource of TAXII 2.1 section 3.6.1. */
  public static TaxiiResponse error(int status, String title, String description) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("title", title);
    m.put("description", description);
    m.put("http_status", String.valueOf(status));
    return new TaxiiResponse(status, Map.of(), StixJson.MAPPER.writeValueAsBytes(m));
  }

  /** Writes the refusal to the audit log; a log that cannot be written must not hide the answer. */
  private void refuse(Database db, TaxiiRequest r, TaxiiException e) {
    if (e.status() == 406 || e.status() == 405) {
      return; // a client speaking the wrong protocol, not a request for anything
    }
    String actor = r.caller().map(Caller::name).orElse("anonymous");
    byte[] what = r.body().length > 0 ? r.body() : (r.method() + " " + r.path()).getBytes(StandardCharsets.UTF_8);
    gate.inTransaction(db, h -> new AuditLog(h).append(List.of(new AuditEntry(actor, AuditAction.REFUSED,
        clipId(e.status() + " " + r.method() + " " + r.path()), Sha256.hex(what))), clock.instant()));
  }

  static String clipId(String s) {
    String one = s.replace('\n', ' ').replace('\r', ' ');
    return one.length() <= 200 ? one : one.substring(0, 200);
  }
}
