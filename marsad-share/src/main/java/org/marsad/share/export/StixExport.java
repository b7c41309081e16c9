package org.marsad.share.export;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.jdbi.v3.core.Handle;
import org.marsad.extract.EntityType;
import org.marsad.extract.Modality;
import org.marsad.extract.RelationType;
import org.marsad.extract.Role;
import org.marsad.kb.query.Fact;
import org.marsad.kb.source.Sha256;
import org.marsad.kb.store.Database;
import org.marsad.kb.store.Source;
import org.marsad.kb.store.StoredEntity;
import org.marsad.kb.store.StoredReport;
import org.marsad.share.audit.AuditAction;
import org.marsad.share.audit.AuditEntry;
import org.marsad.share.audit.AuditLog;
import org.marsad.share.marking.FactTargets;
import org.marsad.share.marking.MarkingPolicy;
import org.marsad.share.marking.MarkingTarget;
import org.marsad.share.marking.Markings;
import org.marsad.share.stix.MarsadExtension;
import org.marsad.share.stix.StixId;
import org.marsad.share.stix.StixJson;
import org.marsad.share.stix.Tlp;

/**
 * The whole store as one STIX 2.1 bundle, with an audit record for each object and for the bundle. Runs in one
 * transaction: the versions it stamps and the records it writes exist only if the export completed.
 */
public final class StixExport {
  private static final Set<RelationType> ARMING = Set.of(RelationType.MEMBER_OF, RelationType.LEADER_OF,
      RelationType.PLEDGED_ALLEGIANCE);

  /** Who exports, under which node name, and where places' countries come from. */
  public record Options(Optional<String> nodeName, String actor, Countries countries) {
    public static Options of(String actor) {
      return new Options(Optional.empty(), actor, lexiconId -> Optional.empty());
    }

    public Options withCountries(Countries c) {
      return new Options(nodeName, actor, c);
    }

    public Options withNodeName(String name) {
      return new Options(Optional.of(name), actor, countries);
    }
  }

  /** The bundle as written, with what it holds and what could not be expressed in STIX. */
  public record Result(String json, String bundleId, Map<String, Integer> byType, List<String> left) {
    public Result {
      byType = Map.copyOf(byType);
      left = List.copyOf(left);
    }
  }

  private StixExport() {
  }

  public static Result export(Database db, Options options, Instant now) {
    return db.inTransaction(h -> export(h, options, now));
  }

  /** A view of a fact (see {@code FactViews}): the fact's object it stands for, and the sources it leaves out. */
  public record View(String of, Set<String> withheld) {
    public View {
      withheld = Set.copyOf(withheld);
    }
  }

  /** What a TAXII publication starts from: every object, versioned, and which of them are views of which. */
  public record Publishable(List<Map<String, Object>> objects, Map<String, View> views) {
    public Publishable {
      objects = List.copyOf(objects);
      views = Map.copyOf(views);
    }
  }

  /**
   * The bundle holds no views, which are for partners' rules to choose from: a reader of the bundle would take a
   * fact's evidence twice. Reports still list them (dangling, as STIX allows), so that a report has one content
   * whether it is published or exported, and its version does not move between the two.
   */
  static Result export(Handle h, Options options, Instant now) {
    Issued issued = issue(h, options, now);
    List<Map<String, Object>> objects = stamped(h, issued, now).stream()
        .filter(o -> !issued.views().containsKey((String) o.get("id"))).toList();
    return write(h, issued.node(), objects, issued.left(), options.actor(), now);
  }

  /**
   * Every object of the node's picture, versioned, in the order a bundle holds them (definitions, entities, facts
   * each followed by its views, sources, reports, the node), without writing a bundle or audit records.
   */
  public static Publishable objects(Handle h, Options options, Instant now) {
    Issued issued = issue(h, options, now);
    return new Publishable(stamped(h, issued, now), issued.views());
  }

  private static List<Map<String, Object>> stamped(Handle h, Issued issued, Instant now) {
    Versions versions = new Versions(h, now);
    List<Map<String, Object>> objects = new ArrayList<>();
    objects.add(MarsadExtension.projectIdentity());
    objects.addAll(MarsadExtension.definitions());
    for (Tlp t : Tlp.values()) {
      objects.add(t.definition());
    }
    issued.objects().forEach(o -> objects.add(versions.stamp(o)));
    return objects;
  }

  /**
   * Where the marking of the fact a STIX id of this node's export stands for (a relationship or sighting) is kept,
   * so that an analyst can mark a fact by the id a partner or an export shows.
   */
  public static Optional<FactTargets> factTargets(Handle h, String stixId, Options options, Instant now) {
    return Optional.ofNullable(factTargets(h, options, now).get(stixId));
  }

  /** The same for every fact object (and view) of the export at once, by STIX id. */
  public static Map<String, FactTargets> factTargets(Handle h, Options options, Instant now) {
    return issue(h, options, now).facts();
  }

  /**
   * The node's objects before versioning, with where the marking of the fact behind each fact object (or view) is
   * kept, and the views.
   */
  private record Issued(NodeIdentity node, List<Map<String, Object>> objects, Map<String, FactTargets> facts,
                        Map<String, View> views, List<String> left) {
  }

  private static Issued issue(Handle h, Options options, Instant now) {
    NodeIdentity node = NodeIdentity.of(h, options.nodeName(), now);
    Picture p = Picture.read(h);
    MarkingPolicy policy = new Markings(h).policy();
    EntityObjects entityObjects = new EntityObjects(node, options.countries());
    ReportObjects reportObjects = new ReportObjects(node);
    List<String> left = new ArrayList<>();

    Map<Long, StoredReport> reports = new LinkedHashMap<>();
    Map<Long, Tlp> reportTlp = new HashMap<>();
    for (StoredReport r : p.reports()) {
      reports.put(r.id(), r);
      reportTlp.put(r.id(), policy.report(r.source(), r.sha256()));
    }
    Set<Long> armed = armedPeople(p);
    List<Map<String, Object>> issued = new ArrayList<>();
    Map<Long, String> refs = new HashMap<>();
    Map<Long, List<Tlp>> entityReports = new HashMap<>();
    p.namedIn().forEach((report, ids) -> ids.forEach(id -> entityReports.computeIfAbsent(id, k -> new ArrayList<>())
        .add(reportTlp.getOrDefault(report, policy.nodeDefault()))));
    for (StoredEntity e : p.entities().values()) {
      Tlp tlp = policy.entity(entityReports.getOrDefault(e.id(), List.of()));
      Optional<Map<String, Object>> o = entityObjects.object(e, p.aliases().get(e.id()), armed.contains(e.id()), tlp);
      if (o.isEmpty()) {
        left.add("place '" + e.name() + "' (" + e.ident() + "): no coordinates or country, which STIX requires");
        continue;
      }
      issued.add(o.get());
      refs.put(e.id(), (String) o.get().get("id"));
    }
    FactIssue.Issued facts = new FactIssue(new FactObjects(node), reportObjects, policy, FactViews.of(h))
        .issue(p, reports, reportTlp, refs);
    issued.addAll(facts.objects());
    left.addAll(facts.left());
    for (Source s : p.sources().values()) {
      Tlp tlp = policy.explicit(MarkingTarget.source(s.name())).orElse(policy.nodeDefault());
      issued.add(entityObjects.source(s, tlp));
    }
    for (StoredReport r : reports.values()) {
      List<String> objectRefs = new ArrayList<>();
      p.namedIn().getOrDefault(r.id(), Set.of()).forEach(id -> Optional.ofNullable(refs.get(id))
          .ifPresent(objectRefs::add));
      objectRefs.addAll(facts.ofReport().getOrDefault(r.id(), List.of()));
      issued.add(reportObjects.object(r, entityObjects.sourceId(r.source()).toString(), objectRefs,
          reportTlp.get(r.id())));
    }
    issued.add(node.object());
    return new Issued(node, issued, facts.targets(), facts.views(), left);
  }

  private static Result write(Handle h, NodeIdentity node, List<Map<String, Object>> objects, List<String> left,
                              String actor, Instant now) {
    StringBuilder versions = new StringBuilder();
    objects.forEach(o -> versions.append(o.get("id")).append('@').append(o.get("modified")).append('\n'));
    StixId bundleId = node.derive("bundle", "bundle:" + Sha256.hex(versions.toString()
        .getBytes(StandardCharsets.UTF_8)));
    Map<String, Object> bundle = new LinkedHashMap<>();
    bundle.put("type", "bundle");
    bundle.put("id", bundleId.toString());
    bundle.put("objects", objects);
    String json = StixJson.PRETTY.writeValueAsString(bundle);
    List<AuditEntry> audit = new ArrayList<>();
    Map<String, Integer> byType = new TreeMap<>();
    for (Map<String, Object> o : objects) {
      audit.add(new AuditEntry(actor, AuditAction.EXPORTED, (String) o.get("id"), StixJson.hash(o)));
      byType.merge((String) o.get("type"), 1, Integer::sum);
    }
    audit.add(new AuditEntry(actor, AuditAction.EXPORTED, bundleId.toString(),
        Sha256.hex(json.getBytes(StandardCharsets.UTF_8))));
    new AuditLog(h).append(audit, now);
    return new Result(json, bundleId.toString(), byType, left);
  }

  /** People who, by some fact not only denied, belong to, lead or pledged to an armed group. */
  private static Set<Long> armedPeople(Picture p) {
    Set<Long> out = new java.util.HashSet<>();
    for (Fact f : p.facts()) {
      if (!ARMING.contains(f.type()) || f.modality() == Modality.DENIED) {
        continue;
      }
      boolean toGroup = f.arg(Role.OBJECT).stream().map(p.entities()::get)
          .anyMatch(e -> e != null && e.type() == EntityType.ARMED_GROUP);
      if (toGroup) {
        f.arg(Role.SUBJECT).stream().filter(id -> p.entities().containsKey(id)
            && p.entities().get(id).type() == EntityType.PERSON).forEach(out::add);
      }
    }
    return out;
  }
}
