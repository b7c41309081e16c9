package org.marsad.share.receive;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.jdbi.v3.core.Handle;
import org.marsad.kb.ingest.IngestOptions;
import org.marsad.kb.ingest.Ingestor;
import org.marsad.kb.ingest.Outcome;
import org.marsad.kb.source.Sha256;
import org.marsad.kb.store.Database;
import org.marsad.kb.store.ReportRemoval;
import org.marsad.share.audit.AuditAction;
import org.marsad.share.audit.AuditEntry;
import org.marsad.share.audit.AuditLog;
import org.marsad.share.export.NodeIdentity;
import org.marsad.share.stix.MarsadExtension;
import org.marsad.share.stix.StixJson;
import org.marsad.share.taxii.TaxiiException;
import tools.jackson.databind.JsonNode;

/**
 * Takes in one page of a partner's objects (a TAXII envelope, pulled or posted) as evidence from their creators,
 * in one transaction with whatever the caller adds (a sync cursor):
 * <ul>
 *   <li>every object version is kept as sent in {@code received_object}, its creator and markings with it, so that
 *       a report arriving in a later page finds the entities and facts it refers to;</li>
 *   <li>each new report version becomes a local report of the creator's source, built like a STIX import from the
 *       report and what it refers to; the report built from its previous version goes;</li>
 *   <li>a revoked object removes what was built from it: every local report that used it is built again without
 *       it, or removed if it was the report itself;</li>
 *   <li>objects of producers other than Marsad that no report holds make one report per page.</li>
 * </ul>
 * Only reports built from partners' objects are ever removed: local analysts' reports, grades, markings and
 * decisions are never touched. An object claiming to be made by this node or by another partner is refused with
 * the whole page.
 */
public final class Intake {

  /** What a page did: each object's "id@version", the local reports removed (for the search index), reports stored. */
  public record Result(List<String> taken, List<Long> removedReports, int reportsStored, List<Skip> skipped) {
    public Result {
      taken = List.copyOf(taken);
      removedReports = List.copyOf(removedReports);
      skipped = List.copyOf(skipped);
    }
  }

  /** Who sent the page, and which creators it may not claim. */
  public record Sender(String partner, Set<String> forbiddenCreators) {
    public Sender {
      forbiddenCreators = Set.copyOf(forbiddenCreators);
    }
  }

  private Intake() {
  }

  public static Result take(Database db, Ingestor ingestor, Sender sender, List<JsonNode> page, String actor,
                            Instant now, Consumer<Handle> alsoInTransaction) {
    String own = db.inTransaction(h -> NodeIdentity.of(h, Optional.empty(), now)).id();
    checkCreators(sender, own, page);
    Map<String, JsonNode> pageById = new LinkedHashMap<>();
    List<JsonNode> fresh = new ArrayList<>();
    Set<String> known = db.inTransaction(h -> knownVersions(h, page));
    Set<String> seen = new HashSet<>();
    for (JsonNode o : page) {
      pageById.merge(id(o), o, Intake::newer);
      String key = id(o) + "@" + version(o);
      if (!known.contains(key) && seen.add(key)) {
        fresh.add(o);
      }
    }
    Set<String> revoked = new HashSet<>();
    fresh.stream().filter(o -> o.path("revoked").asBoolean(false)).forEach(o -> revoked.add(id(o)));
    Lookup lookup = db.inTransaction(h -> new Lookup(h, pageById, revoked));

    Set<String> rebuild = new LinkedHashSet<>();
    Set<String> remove = new LinkedHashSet<>();
    for (JsonNode o : fresh) {
      if (type(o).equals("report")) {
        remove.add(id(o));
        if (!revoked.contains(id(o))) {
          rebuild.add(id(o));
        }
      }
    }
    for (String r : revoked) {
      for (String[] used : db.inTransaction(h -> builtFrom(h, r))) {
        remove.add(used[0]);
        if (!revoked.contains(used[0]) && !used[0].startsWith("page:")) {
          rebuild.add(used[0]);
        }
      }
    }
    List<Unit> units = new ArrayList<>();
    Set<String> covered = new HashSet<>();
    for (String reportId : rebuild) {
      lookup.latest(reportId).ifPresent(r -> {
        Unit u = lookup.unit(reportId, r);
        covered.addAll(u.objectIds());
        units.add(u);
      });
    }
    List<JsonNode> rest = fresh.stream().filter(o -> !revoked.contains(id(o)) && !covered.contains(id(o))
        && !type(o).equals("report") && !marsadMade(o)).toList();
    if (!rest.isEmpty()) {
      units.add(lookup.remainder(rest));
    }

    List<Skip> skipped = new ArrayList<>();
    List<ReportText.Written> written = new ArrayList<>();
    List<ReceivedReport> plans = new ArrayList<>();
    List<Unit> unitOf = new ArrayList<>();
    List<Ingestor.Received> items = new ArrayList<>();
    for (Unit u : units) {
      BundlePlan plan = BundlePlan.of(u.bundle(), own);
      skipped.addAll(plan.skipped());
      Map<String, JsonNode> byId = new HashMap<>();
      u.bundle().objects().forEach(o -> byId.putIfAbsent(id(o), o));
      for (ReceivedReport r : plan.reports()) {
        ReportText.Written w = ReportText.write(u.bundle().input(), r, plan.entities(), StixImport.original(r, byId));
        written.add(w);
        plans.add(r);
        unitOf.add(u);
        items.add(new Ingestor.Received(w.report(), IngestOptions.defaults().withSource(r.creator())
            .withCredibility(r.credibility()), w.extraction()));
      }
    }
    List<Long> removed = new ArrayList<>();
    List<Outcome> outcomes = ingestor.ingestReceived(items, h -> {
      for (String stixId : remove) {
        for (String sha : h.createQuery("SELECT report_sha FROM received_report WHERE stix_id = :s").bind("s", stixId)
            .mapTo(String.class).list()) {
          h.createQuery("SELECT id FROM report WHERE sha256 = :s").bind("s", sha).mapTo(Long.class).findOne()
              .ifPresent(id -> {
                ReportRemoval.remove(h, id);
                removed.add(id);
              });
          h.createUpdate("DELETE FROM received_report WHERE report_sha = :s").bind("s", sha).execute();
        }
      }
      keep(h, sender.partner(), fresh, now);
    }, (h, out) -> {
      for (int i = 0; i < out.size(); i++) {
        if (out.get(i) instanceof Outcome.Ingested in) {
          StixImport.mark(h, in.reportId(), plans.get(i), written.get(i), actor, now);
        }
        String sha = written.get(i).report().sha256();
        if (h.createQuery("SELECT COUNT(*) FROM received_report WHERE report_sha = :s").bind("s", sha)
            .mapTo(Long.class).one() == 0) {
          h.createUpdate("INSERT INTO received_report (report_sha, stix_id, partner, object_ids) VALUES (:s, :id, :p, "
                  + ":ids)").bind("s", sha).bind("id", unitOf.get(i).reportId()).bind("p", sender.partner())
              .bind("ids", String.join("\n", unitOf.get(i).objectIds())).execute();
        }
      }
      List<AuditEntry> audit = new ArrayList<>();
      for (JsonNode o : page) {
        audit.add(new AuditEntry(actor, AuditAction.RECEIVED, id(o), hash(o)));
      }
      new AuditLog(h).append(audit, now);
      alsoInTransaction.accept(h);
    });
    List<String> taken = page.stream().map(o -> id(o) + "@" + version(o)).toList();
    int stored = (int) outcomes.stream().filter(o -> o instanceof Outcome.Ingested).count();
    return new Result(taken, removed, stored, skipped);
  }

  /** The hash an audit record carries for an object: of its canonical JSON, as the sender hashed it. */
  public static String hash(JsonNode o) {
    return StixJson.hash(StixJson.MAPPER.convertValue(o, Object.class));
  }

  private static void checkCreators(Sender sender, String own, List<JsonNode> page) {
    for (JsonNode o : page) {
      String creator = o.path("created_by_ref").asString("");
      if (creator.equals(own) || id(o).equals(own) || sender.forbiddenCreators().contains(creator)) {
        throw new TaxiiException(403, "object " + id(o) + " claims to be made by " + (creator.isEmpty() ? id(o)
            : creator) + ", which " + sender.partner() + " may not claim; nothing of this envelope was taken in");
      }
    }
  }

  private static Set<String> knownVersions(Handle h, List<JsonNode> page) {
    Set<String> out = new HashSet<>();
    List<String> ids = page.stream().map(Intake::id).distinct().toList();
    for (int from = 0; from < ids.size(); from += 500) {
      h.createQuery("SELECT stix_id, version FROM received_object WHERE stix_id IN (<ids>)")
          .bindList("ids", ids.subList(from, Math.min(ids.size(), from + 500)))
          .map((rs, ctx) -> rs.getString(1) + "@" + rs.getString(2)).forEach(out::add);
    }
    return out;
  }

  private static void keep(Handle h, String partner, List<JsonNode> fresh, Instant now) {
    Set<String> done = new HashSet<>();
    var batch = h.prepareBatch("INSERT INTO received_object (stix_id, version, partner, revoked, body, received_at) "
        + "VALUES (:id, :v, :p, :r, :b, :at)");
    boolean any = false;
    for (JsonNode o : fresh) {
      if (done.add(id(o) + "@" + version(o))) {
        batch.bind("id", id(o)).bind("v", version(o)).bind("p", partner).bind("r", o.path("revoked").asBoolean(false))
            .bind("b", StixJson.canonical(StixJson.MAPPER.convertValue(o, Object.class)))
            .bind("at", Timestamp.from(now)).add();
        any = true;
      }
    }
    if (any) {
      batch.execute();
    }
  }

  /** The local reports built from a received object: [report stix id]. */
  private static List<String[]> builtFrom(Handle h, String stixId) {
    List<String[]> out = new ArrayList<>();
    h.createQuery("SELECT stix_id, object_ids FROM received_report").map((rs, ctx) -> new String[] {rs.getString(1),
        rs.getString(2)}).forEach(r -> {
          if (r[0].equals(stixId) || r[1].lines().anyMatch(stixId::equals)) {
            out.add(r);
          }
        });
    return out;
  }

  private static boolean marsadMade(JsonNode o) {
    return o.path("extensions").has(MarsadExtension.PROPERTIES);
  }

  private static JsonNode newer(JsonNode a, JsonNode b) {
    return a == null || version(b).compareTo(version(a)) >= 0 ? b : a;
  }

  static String id(JsonNode o) {
    return o.path("id").asString("");
  }

  static String type(JsonNode o) {
    return o.path("type").asString("");
  }

  static String version(JsonNode o) {
    return o.path("modified").asString(o.path("created").asString("-"));
  }

  /** The objects one local report is built from, as a bundle, and the STIX report (or page) it stands for. */
  record Unit(String reportId, ReceivedBundle bundle, List<String> objectIds) {
  }

  /** The newest version of each object, from the page or from what earlier pages brought; revoked ones are gone. */
  private static final class Lookup {
    private final Handle h;
    private final Map<String, JsonNode> page;
    private final Set<String> revoked;
    private final Map<String, Optional<JsonNode>> cache = new HashMap<>();

    Lookup(Handle h, Map<String, JsonNode> page, Set<String> revoked) {
      this.h = h;
      this.page = page;
      this.revoked = revoked;
    }

    Optional<JsonNode> latest(String id) {
      if (revoked.contains(id)) {
        return Optional.empty();
      }
      if (page.containsKey(id)) {
        return Optional.of(page.get(id));
      }
      return cache.computeIfAbsent(id, k -> {
        List<String[]> rows = h.createQuery("SELECT version, revoked, body FROM received_object WHERE stix_id = :id")
            .bind("id", k).map((rs, ctx) -> new String[] {rs.getString(1), String.valueOf(rs.getBoolean(2)),
                rs.getString(3)}).list();
        return rows.stream().max(java.util.Comparator.comparing((String[] r) -> r[0])).filter(r -> r[1].equals("false"))
            .map(r -> StixJson.MAPPER.readTree(r[2]));
      });
    }

    /** The report and everything it refers to, three references deep (report, facts, their entities). */
    Unit unit(String reportId, JsonNode report) {
      Map<String, JsonNode> objects = new LinkedHashMap<>();
      objects.put(reportId, report);
      List<JsonNode> frontier = List.of(report);
      for (int depth = 0; depth < 3 && !frontier.isEmpty(); depth++) {
        List<JsonNode> nextFrontier = new ArrayList<>();
        for (JsonNode o : frontier) {
          for (String ref : refs(o)) {
            if (!objects.containsKey(ref)) {
              latest(ref).ifPresent(x -> {
                objects.put(ref, x);
                nextFrontier.add(x);
              });
            }
          }
        }
        frontier = nextFrontier;
      }
      return unit(reportId, objects);
    }

    /** Objects no report holds, with what they refer to. */
    Unit remainder(List<JsonNode> rest) {
      Map<String, JsonNode> objects = new LinkedHashMap<>();
      rest.forEach(o -> objects.put(id(o), o));
      for (JsonNode o : rest) {
        for (String ref : refs(o)) {
          if (!objects.containsKey(ref)) {
            latest(ref).ifPresent(x -> objects.put(ref, x));
          }
        }
      }
      String key = Sha256.hex(String.join("\n", objects.keySet()).getBytes(StandardCharsets.UTF_8));
      return unit("page:" + key, objects);
    }

    private static Unit unit(String reportId, Map<String, JsonNode> objects) {
      String canonical = StixJson.canonical(objects.values().stream().map(o -> StixJson.MAPPER.convertValue(o,
          Object.class)).toList());
      ReceivedBundle b = new ReceivedBundle("received " + reportId, Sha256.hex(canonical.getBytes(
          StandardCharsets.UTF_8)), new ArrayList<>(objects.values()));
      return new Unit(reportId, b, new ArrayList<>(objects.keySet()));
    }

    private static Set<String> refs(JsonNode o) {
      Set<String> out = new LinkedHashSet<>();
      for (String f : List.of("created_by_ref", "source_ref", "target_ref", "sighting_of_ref")) {
        if (o.path(f).isString()) {
          out.add(o.path(f).asString());
        }
      }
      for (String f : List.of("object_refs", "where_sighted_refs", "object_marking_refs")) {
        o.path(f).forEach(x -> out.add(x.asString("")));
      }
      o.path("extensions").path(MarsadExtension.PROPERTIES).path("roles").forEach(ids -> ids.forEach(
          x -> out.add(x.asString(""))));
      out.remove("");
      return out;
    }
  }
}
