package org.marsad.share.receive;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jdbi.v3.core.Handle;
import org.marsad.kb.ingest.IngestOptions;
import org.marsad.kb.ingest.Ingestor;
import org.marsad.kb.ingest.Outcome;
import org.marsad.kb.query.Fact;
import org.marsad.kb.query.FactBuilder;
import org.marsad.kb.resolve.NameKey;
import org.marsad.kb.store.ClaimFilter;
import org.marsad.kb.store.Claims;
import org.marsad.kb.store.Database;
import org.marsad.kb.store.Entities;
import org.marsad.kb.store.Reports;
import org.marsad.share.audit.AuditAction;
import org.marsad.share.audit.AuditEntry;
import org.marsad.share.audit.AuditLog;
import org.marsad.share.export.FactKey;
import org.marsad.share.export.NodeIdentity;
import org.marsad.share.marking.FactTargets;
import org.marsad.share.marking.MarkingTarget;
import org.marsad.share.marking.Markings;
import org.marsad.share.stix.StixJson;
import org.marsad.share.stix.Tlp;
import tools.jackson.databind.JsonNode;

/**
 * Takes a partner's bundle into the store as evidence from its creator: each STIX report (and whatever the bundle
 * holds outside reports) becomes a report of a source named after the creator, graded as an analyst graded it
 * (F, cannot be judged, until then), and goes through the same resolution as any report, so local merges and
 * splits stand and nothing local is changed or removed. Markings received only tighten local ones. The whole
 * bundle is one transaction, audit records included.
 */
public final class StixImport {

  /** What was taken in, per STIX type, and what was not, with why. */
  public record Result(String input, Map<String, Integer> kept, List<Skip> skipped, int reportsStored,
                       int reportsKnown) {
    public Result {
      kept = Map.copyOf(kept);
      skipped = List.copyOf(skipped);
    }
  }

  private StixImport() {
  }

  public static Result receive(Database db, Ingestor ingestor, Path file, long maxBytes, String actor, Instant now) {
    ReceivedBundle bundle = new BundleReader(maxBytes).read(file);
    String own = db.inTransaction(h -> NodeIdentity.of(h, Optional.empty(), now)).id();
    BundlePlan plan = BundlePlan.of(bundle, own);
    Map<String, JsonNode> byId = new HashMap<>();
    bundle.objects().forEach(o -> byId.putIfAbsent(o.get("id").asString(), o));
    List<ReportText.Written> written = new ArrayList<>();
    List<Ingestor.Received> items = new ArrayList<>();
    for (ReceivedReport r : plan.reports()) {
      ReportText.Written w = ReportText.write(bundle.input(), r, plan.entities(), original(r, byId));
      written.add(w);
      items.add(new Ingestor.Received(w.report(), IngestOptions.defaults().withSource(r.creator())
          .withCredibility(r.credibility()), w.extraction()));
    }
    List<Outcome> outcomes = ingestor.ingestReceived(items, (h, out) -> {
      for (int i = 0; i < out.size(); i++) {
        if (out.get(i) instanceof Outcome.Ingested in) {
          mark(h, in.reportId(), plan.reports().get(i), written.get(i), actor, now);
        }
      }
      record(h, bundle, plan, byId, actor, now);
    });
    int stored = (int) outcomes.stream().filter(o -> o instanceof Outcome.Ingested).count();
    return new Result(bundle.input(), plan.kept(), plan.skipped(), stored, outcomes.size() - stored);
  }

  /** The received objects a report was made from, as canonical JSON: its archived original. */
  static byte[] original(ReceivedReport r, Map<String, JsonNode> byId) {
    Set<String> ids = new LinkedHashSet<>();
    ids.add(r.stixId());
    r.entities().forEach(ids::add);
    r.claims().forEach(c -> {
      ids.add(c.stixId());
      c.roles().values().forEach(ids::addAll);
    });
    List<Object> objects = new ArrayList<>();
    ids.stream().map(byId::get).filter(o -> o != null).forEach(o -> objects.add(StixJson.MAPPER.convertValue(o,
        Object.class)));
    if (objects.isEmpty() || !byId.containsKey(r.stixId())) {
      objects.add(0, Map.of("marsad_report", r.stixId())); // the objects outside any report: name the bundle
    }
    return StixJson.canonical(objects).getBytes(StandardCharsets.UTF_8);
  }

  static void mark(Handle h, long reportId, ReceivedReport r, ReportText.Written w, String actor,
                           Instant now) {
    Markings markings = new Markings(h);
    String sha = w.report().sha256();
    r.tlp().ifPresent(t -> markings.tighten(MarkingTarget.report(sha), t, actor, now));
    Entities entities = new Entities(h);
    keepNames(h, reportId, w, entities);
    List<org.marsad.kb.store.StoredClaim> claims = new Claims(h).find(ClaimFilter.all().inReport(reportId));
    for (Fact f : new FactBuilder(new Reports(h)).build(claims)) {
      Optional<Tlp> tlp = Optional.empty();
      for (Fact.Evidence e : f.evidence()) {
        Optional<Tlp> t = Optional.ofNullable(w.claims().get(e.claim().localId())).flatMap(ReceivedClaim::tlp);
        if (t.isPresent()) {
          tlp = Optional.of(tlp.map(x -> x.stricter(t.get())).orElse(t.get()));
        }
      }
      // on the statements too: the key computed from this report's claims alone is not the key of the fact they
      // join on this node once other reports (local or received) state it as well
      FactTargets targets = FactTargets.of(f, FactKey.of(f, id -> entities.byId(id).orElseThrow().ident()),
          id -> sha);
      tlp.ifPresent(t -> markings.tighten(targets, t, actor, now));
    }
  }

  /**
   * Adds the names a partner gave that resolution did not keep (a state actor's are not matched across reports),
   * under exact-spelling keys, which find an entity but never merge two.
   */
  private static void keepNames(Handle h, long reportId, ReportText.Written w, Entities entities) {
    for (org.marsad.kb.store.Mentions.StoredMention m : new org.marsad.kb.store.Mentions(h).inReport(reportId)) {
      ReceivedEntity e = w.entities().get(m.localId());
      if (e == null) {
        continue;
      }
      org.marsad.kb.store.StoredEntity stored = entities.canonical(entities.byId(m.entityId()).orElseThrow());
      List<String> known = entities.aliases(stored.id());
      for (String name : e.aliases()) {
        if (!known.contains(name)) {
          entities.addAlias(stored.id(), NameKey.exact(name), name);
        }
      }
    }
  }

  private static void record(Handle h, ReceivedBundle bundle, BundlePlan plan, Map<String, JsonNode> byId,
                             String actor, Instant now) {
    Set<String> taken = new LinkedHashSet<>(plan.entities().keySet());
    plan.reports().forEach(r -> {
      taken.add(r.stixId());
      r.claims().forEach(c -> taken.add(c.stixId()));
    });
    List<AuditEntry> audit = new ArrayList<>();
    for (String id : taken) {
      JsonNode o = byId.get(id);
      if (o == null) {
        continue;
      }
      String modified = o.path("modified").asString(o.path("created").asString(""));
      boolean known = h.createQuery("SELECT COUNT(*) FROM stix_received WHERE stix_id = :id AND modified = :m")
          .bind("id", id).bind("m", modified).mapTo(Integer.class).one() > 0;
      if (!known) {
        List<String> marks = new ArrayList<>();
        o.path("object_marking_refs").forEach(m -> marks.add(m.asString("")));
        h.createUpdate("INSERT INTO stix_received (stix_id, modified, created_by_ref, markings, received_at) "
                + "VALUES (:id, :m, :by, :marks, :at)").bind("id", id).bind("m", modified)
            .bind("by", o.path("created_by_ref").isString() ? o.path("created_by_ref").asString() : null)
            .bind("marks", String.join(",", marks)).bind("at", Timestamp.from(now)).execute();
      }
      audit.add(new AuditEntry(actor, AuditAction.RECEIVED, id, StixJson.hash(StixJson.MAPPER.convertValue(o,
          Object.class))));
    }
    audit.add(new AuditEntry(actor, AuditAction.RECEIVED, bundle.input().length() > 200
        ? bundle.input().substring(bundle.input().length() - 200) : bundle.input(), bundle.sha256()));
    new AuditLog(h).append(audit, now);
  }
}
