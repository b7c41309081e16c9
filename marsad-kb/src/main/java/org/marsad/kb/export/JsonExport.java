package org.marsad.kb.export;

import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongFunction;
import org.marsad.extract.Role;
import org.marsad.kb.query.Fact;
import org.marsad.kb.store.StoredEntity;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Facts and entities as JSON, with every piece of evidence: report, source and grade, modality, attribution,
 * time expression and the code-point span of the original text. The command line's --json output uses the
 * same shapes.
 */
public final class JsonExport {
  private static final JsonMapper MAPPER = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

  private JsonExport() {
  }

  public static void write(ExportData data, Writer out) {
    Map<String, Object> root = new LinkedHashMap<>();
    List<Object> entities = new ArrayList<>();
    data.entities().values().stream().sorted(java.util.Comparator.comparingLong(StoredEntity::id))
        .forEach(e -> entities.add(entity(e)));
    root.put("entities", entities);
    List<Object> facts = new ArrayList<>();
    data.facts().forEach(f -> facts.add(fact(f, data::entity)));
    root.put("facts", facts);
    MAPPER.writeValue(out, root);
  }

  public static String write(Object value) {
    return MAPPER.writeValueAsString(value);
  }

  public static Map<String, Object> entity(StoredEntity e) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", e.id());
    m.put("ident", e.ident());
    m.put("type", e.type().name());
    m.put("name", e.name());
    m.put("name_en", e.nameEn());
    m.put("lexicon_id", e.lexiconId().orElse(null));
    m.put("geo", e.geo().map(g -> Map.of("lat", g.lat(), "lon", g.lon())).orElse(null));
    return m;
  }

  public static Map<String, Object> fact(Fact f, LongFunction<StoredEntity> entities) {
    return fact(f, entities, Integer.MAX_VALUE);
  }

  /**
   * A fact with at most {@code maxEvidence} pieces of evidence, in the fact's order; {@code evidence_total} says
   * how many there are (also when the fact itself carries only its best few). A fact that a thousand reports
   * repeat would otherwise weigh megabytes.
   */
  public static Map<String, Object> fact(Fact f, LongFunction<StoredEntity> entities, int maxEvidence) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("type", f.type().name());
    Map<String, Object> args = new LinkedHashMap<>();
    for (Role r : Role.values()) {
      if (!f.arg(r).isEmpty()) {
        List<Object> ids = new ArrayList<>();
        f.arg(r).forEach(id -> ids.add(entity(entities.apply(id))));
        args.put(r.key(), ids);
      }
    }
    m.put("args", args);
    m.put("when", f.when().map(Object::toString).orElse(null));
    m.put("modality", f.modality().name());
    m.put("contradicted", f.contradicted());
    m.put("confidence", Math.round(f.confidence().value() * 1000) / 1000.0);
    m.put("derivation", f.confidence().derivation());
    List<Object> evidence = new ArrayList<>();
    for (Fact.Evidence e : f.evidence().subList(0, Math.min(maxEvidence, f.evidence().size()))) {
      evidence.add(evidence(e));
    }
    m.put("evidence", evidence);
    m.put("evidence_total", f.evidenceTotal());
    return m;
  }

  /** One report's statement of a fact: where it is, how it is said, and how the report is graded. */
  public static Map<String, Object> evidence(Fact.Evidence e) {
    Map<String, Object> ev = new LinkedHashMap<>();
    ev.put("report", e.claim().reportId());
    ev.put("source", e.source());
    ev.put("grade", e.grade());
    ev.put("published", e.published().map(Object::toString).orElse(null));
    ev.put("modality", e.claim().modality().name());
    ev.put("attribution", e.claim().attribution().orElse(null));
    ev.put("time", e.claim().timeText().orElse(null));
    ev.put("earliest", e.claim().earliest().map(Object::toString).orElse(null));
    ev.put("latest", e.claim().latest().map(Object::toString).orElse(null));
    ev.put("start", e.claim().start());
    ev.put("end", e.claim().end());
    ev.put("text", e.claim().evidence());
    return ev;
  }
}
