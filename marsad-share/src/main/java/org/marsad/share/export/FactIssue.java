package org.marsad.share.export;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiFunction;
import org.marsad.kb.query.Fact;
import org.marsad.kb.store.StoredReport;
import org.marsad.share.marking.FactTargets;
import org.marsad.share.marking.MarkingPolicy;
import org.marsad.share.stix.Tlp;

/**
 * The objects of every fact of the picture, each fact's followed by its views for partners that never receive some
 * of its sources ({@link FactViews}), with where the marking of each is kept and which reports each one's evidence
 * comes from (what a report object refers to).
 */
final class FactIssue {
  /**
   * What was issued: the objects in order; by object id, where its fact's marking is kept, and the views; by report
   * id, the objects whose evidence it is; and the facts STIX cannot hold.
   */
  record Issued(List<Map<String, Object>> objects, Map<String, FactTargets> targets, Map<String, StixExport.View> views,
                Map<Long, List<String>> ofReport, List<String> left) {
  }

  private final FactObjects factObjects;
  private final ReportObjects reportObjects;
  private final MarkingPolicy policy;
  private final FactViews views;

  FactIssue(FactObjects factObjects, ReportObjects reportObjects, MarkingPolicy policy, FactViews views) {
    this.factObjects = factObjects;
    this.reportObjects = reportObjects;
    this.policy = policy;
    this.views = views;
  }

  /**
   * @param reports   the reports by id
   * @param reportTlp each report's effective marking
   * @param refs      the STIX id of each exported entity
   */
  Issued issue(Picture p, Map<Long, StoredReport> reports, Map<Long, Tlp> reportTlp, Map<Long, String> refs) {
    List<Map<String, Object>> objects = new ArrayList<>();
    Map<String, FactTargets> targets = new HashMap<>();
    Map<String, StixExport.View> viewOf = new HashMap<>();
    Map<Long, List<String>> ofReport = new HashMap<>();
    List<String> left = new ArrayList<>();
    for (Fact f : p.facts()) {
      String key = FactKey.of(f, p::ident);
      FactTargets t = FactTargets.of(f, key, id -> reports.get(id).sha256());
      List<Tlp> levels = f.evidence().stream().map(ev -> reportTlp.get(ev.claim().reportId())).distinct().toList();
      // a view carries the marking of the fact itself, never a looser one: leaving sources out only takes away
      Tlp marking = policy.fact(t, levels);
      BiFunction<Fact, String, List<Map<String, Object>>> objectsOf = (fact, seed) -> factObjects.objects(fact, seed,
          id -> Optional.ofNullable(refs.get(id)), id -> reportObjects.id(reports.get(id).sha256()).toString(),
          id -> p.entities().get(id).name(), p::ident, marking);
      List<Map<String, Object>> own = objectsOf.apply(f, "fact:" + key);
      if (own.isEmpty()) {
        left.add("fact " + key + ": it links fewer than two entities STIX can hold");
      }
      List<Map.Entry<Map<String, Object>, Fact>> made = new ArrayList<>();
      own.forEach(o -> made.add(Map.entry(o, f)));
      for (FactViews.View v : views.of(f)) {
        for (Map<String, Object> o : objectsOf.apply(v.fact(), v.idSeed(key))) {
          viewOf.put((String) o.get("id"), new StixExport.View(samePair(own, o), v.withheld()));
          made.add(Map.entry(o, v.fact()));
        }
      }
      for (Map.Entry<Map<String, Object>, Fact> m : made) {
        String id = (String) m.getKey().get("id");
        objects.add(m.getKey());
        targets.put(id, t);
        m.getValue().evidence().forEach(ev -> ofReport.computeIfAbsent(ev.claim().reportId(), k -> new ArrayList<>())
            .add(id));
      }
    }
    return new Issued(objects, targets, viewOf, ofReport, left);
  }

  /** The object of the fact a view's object stands for: the one linking the same pair, else the fact's first. */
  private static String samePair(List<Map<String, Object>> objects, Map<String, Object> view) {
    return objects.stream().filter(o -> Objects.equals(o.get("source_ref"), view.get("source_ref"))
            && Objects.equals(o.get("target_ref"), view.get("target_ref"))).findFirst()
        .or(() -> objects.stream().findFirst()).map(o -> (String) o.get("id")).orElse((String) view.get("id"));
  }
}
