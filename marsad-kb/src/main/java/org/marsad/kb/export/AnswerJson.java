package org.marsad.kb.export;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongFunction;
import org.marsad.kb.query.Changes;
import org.marsad.kb.query.EvidencePage;
import org.marsad.kb.query.FactRef;
import org.marsad.kb.query.Fact;
import org.marsad.kb.query.Network;
import org.marsad.kb.query.Profile;
import org.marsad.kb.search.Hit;
import org.marsad.kb.search.SearchResult;
import org.marsad.kb.search.Snippet;
import org.marsad.kb.store.Alert;
import org.marsad.kb.store.Decision;
import org.marsad.kb.store.Sources;
import org.marsad.kb.store.StoredEntity;

/**
 * The answers to the analyst's questions as JSON trees (maps and lists, ready for any JSON writer), in the
 * shapes of {@link JsonExport}. The command line's --json output and the HTTP API both print these, so a
 * script written against one reads the other.
 */
public final class AnswerJson {
  private final LongFunction<StoredEntity> entities;
  private final LongFunction<Optional<String>> inputNames;
  private final int maxEvidence;

  /**
   * @param entities   the entity of an id, for the arguments of facts
   * @param inputNames the file or URL a report was read from, by report id
   */
  public AnswerJson(LongFunction<StoredEntity> entities, LongFunction<Optional<String>> inputNames) {
    this(entities, inputNames, Integer.MAX_VALUE);
  }

  /** As above, with at most {@code maxEvidence} pieces of evidence per fact (and their total). */
  public AnswerJson(LongFunction<StoredEntity> entities, LongFunction<Optional<String>> inputNames,
                    int maxEvidence) {
    this.entities = entities;
    this.inputNames = inputNames;
    this.maxEvidence = maxEvidence;
  }

  public Map<String, Object> entity(StoredEntity e) {
    return JsonExport.entity(e);
  }

  public Map<String, Object> fact(Fact f) {
    return JsonExport.fact(f, entities, maxEvidence);
  }

  public List<Object> facts(List<Fact> facts) {
    List<Object> out = new ArrayList<>(facts.size());
    facts.forEach(f -> out.add(fact(f)));
    return out;
  }

  /**
   * An entity page: each affiliation with its best few pieces of evidence, {@code evidence_total} and the
   * {@code ref} under which the rest is paged ({@link #evidencePage}).
   */
  public Map<String, Object> profile(Profile p) {
    Map<String, Object> m = new LinkedHashMap<>(entity(p.entity()));
    m.put("aliases", p.aliases());
    m.put("reports", p.reports());
    m.put("mentions", p.mentions());
    LongFunction<StoredEntity> named = id -> p.named().containsKey(id) ? p.named().get(id) : entities.apply(id);
    List<Object> affiliations = new ArrayList<>();
    for (Fact f : p.affiliations()) {
      Map<String, Object> x = new LinkedHashMap<>();
      x.put("ref", FactRef.of(f).toString());
      x.putAll(JsonExport.fact(f, named, maxEvidence));
      affiliations.add(x);
    }
    m.put("affiliations", affiliations);
    m.put("affiliations_total", p.affiliationsTotal());
    m.put("last_seen", p.lastSeen().map(ls -> {
      Map<String, Object> x = new LinkedHashMap<>();
      x.put("place", entity(ls.place()));
      x.put("when", ls.evidence().when().map(Object::toString).orElse(null));
      x.put("report", ls.evidence().claim().reportId());
      x.put("source", ls.evidence().source());
      x.put("grade", ls.evidence().grade());
      x.put("evidence", ls.evidence().claim().evidence());
      return x;
    }).orElse(null));
    List<Object> decisions = new ArrayList<>();
    for (Decision d : p.decisions()) {
      decisions.add(Map.of("kind", d.kind().name(), "into", d.identA(), "other", d.identB(), "why", d.why(),
          "by_hand", d.byHand(), "at", d.createdAt().toString()));
    }
    m.put("decisions", decisions);
    return m;
  }

  /** {"fact", "items": [evidence...], "total", "limit", "next_cursor"}: one page of a fact's evidence. */
  public Map<String, Object> evidencePage(EvidencePage page) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("fact", page.fact().toString());
    List<Object> items = new ArrayList<>();
    page.items().forEach(e -> items.add(JsonExport.evidence(e)));
    m.put("items", items);
    m.put("total", page.total());
    m.put("limit", page.limit());
    m.put("next_cursor", page.next().orElse(null));
    return m;
  }

  public Map<String, Object> network(Network n) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("center", entity(n.center()));
    m.put("depth", n.depth());
    List<Object> nodes = new ArrayList<>();
    n.nodes().forEach(e -> nodes.add(entity(e)));
    m.put("nodes", nodes);
    m.put("edges", facts(n.edges()));
    return m;
  }

  public Map<String, Object> changes(Changes c) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("since", c.since().toString());
    List<Object> ents = new ArrayList<>();
    c.newEntities().forEach(e -> ents.add(entity(e)));
    m.put("new_entities", ents);
    m.put("new_relations", facts(c.newRelations()));
    m.put("contradicted", facts(c.contradicted()));
    m.put("new_events", facts(c.newEvents()));
    return m;
  }

  public Map<String, Object> search(SearchResult r) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("total", r.totalHits());
    List<Object> hits = new ArrayList<>();
    for (Hit h : r.hits()) {
      Map<String, Object> x = new LinkedHashMap<>();
      x.put("report", h.reportId());
      x.put("title", h.title());
      x.put("input", inputNames.apply(h.reportId()).orElse(null));
      x.put("score", h.score());
      List<Object> snippets = new ArrayList<>();
      for (Snippet s : h.snippets()) {
        List<Object> hl = new ArrayList<>();
        s.highlights().forEach(hh -> hl.add(Map.of("start", hh.start(), "end", hh.end())));
        snippets.add(Map.of("text", s.text(), "start", s.start(), "end", s.end(), "highlights", hl));
      }
      x.put("snippets", snippets);
      hits.add(x);
    }
    m.put("hits", hits);
    Map<String, Object> facets = new LinkedHashMap<>();
    r.facets().forEach((k, v) -> {
      List<Object> counts = new ArrayList<>();
      v.forEach(c -> counts.add(Map.of("label", c.label(), "count", c.count())));
      facets.put(k, counts);
    });
    m.put("facets", facets);
    m.put("facets_sampled", r.facetsSampled());
    return m;
  }

  public static List<Object> sources(List<Sources.SourceStats> stats) {
    List<Object> all = new ArrayList<>();
    for (Sources.SourceStats s : stats) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("name", s.source().name());
      m.put("reliability", s.source().reliability().name());
      m.put("default_credibility", s.source().defaultCredibility().code());
      m.put("reports", s.reports());
      m.put("first_published", s.firstPublished().map(Object::toString).orElse(null));
      m.put("last_published", s.lastPublished().map(Object::toString).orElse(null));
      all.add(m);
    }
    return all;
  }

  public List<Object> alerts(List<Alert> alerts) {
    List<Object> all = new ArrayList<>();
    for (Alert a : alerts) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("id", a.id());
      m.put("watch", a.watch());
      m.put("modality", a.modality().name());
      m.put("report", a.reportId());
      m.put("input", inputNames.apply(a.reportId()).orElse(null));
      m.put("evidence", a.evidence());
      m.put("raised", a.createdAt().toString());
      all.add(m);
    }
    return all;
  }
}
