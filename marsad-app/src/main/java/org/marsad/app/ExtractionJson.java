package org.marsad.app;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.marsad.text.CodePoints;
import org.marsad.extract.Entity;
import org.marsad.extract.Extraction;
import org.marsad.extract.Mention;
import org.marsad.extract.Relation;
import org.marsad.extract.TimeValue;
import tools.jackson.databind.json.JsonMapper;

/**
 * The JSON contract of DESIGN.md. Offsets count Unicode code points of the decoded input, so the extractor's
 * UTF-16 offsets are converted here, at the edge.
 */
public final class ExtractionJson {
  private static final JsonMapper MAPPER = JsonMapper.builder().build();

  private ExtractionJson() {
  }

  public static String write(Extraction x, boolean pretty) {
    Map<String, Object> root = tree(x);
    return pretty ? MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(root)
        : MAPPER.writeValueAsString(root);
  }

  public static Map<String, Object> tree(Extraction x) {
    CodePoints cp = new CodePoints(x.text());
    Map<String, Object> doc = new LinkedHashMap<>();
    doc.put("sha256", x.document().sha256());
    doc.put("language", x.document().language().code());
    doc.put("published", x.document().published().map(Object::toString).orElse(null));
    doc.put("chars", x.document().chars());
    List<Object> ents = new ArrayList<>();
    for (Entity e : x.entities()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("id", e.id());
      m.put("type", e.type().name());
      m.put("name", e.name());
      m.put("name_en", e.nameEn());
      m.put("aliases", e.aliases());
      m.put("lexicon_id", e.lexiconId().orElse(null));
      List<Object> ms = new ArrayList<>();
      e.mentions().forEach(mn -> ms.add(span(cp, mn)));
      m.put("mentions", ms);
      m.put("geo", e.geo().map(g -> {
        Map<String, Object> geo = new LinkedHashMap<>();
        geo.put("lat", g.lat());
        geo.put("lon", g.lon());
        return (Object) geo;
      }).orElse(null));
      ents.add(m);
    }
    List<Object> rels = new ArrayList<>();
    for (Relation r : x.relations()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("id", r.id());
      m.put("type", r.type().name());
      Map<String, Object> args = new LinkedHashMap<>();
      r.args().forEach((role, ids) -> args.put(role.key(), ids));
      m.put("args", args);
      m.put("modality", r.modality().name());
      m.put("attribution", r.attribution().map(Mention::text).orElse(null));
      m.put("time", r.time().map(ExtractionJson::time).orElse(null));
      m.put("evidence", span(cp, r.evidence()));
      m.put("confidence", r.confidence());
      rels.add(m);
    }
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("document", doc);
    root.put("entities", ents);
    root.put("relations", rels);
    return root;
  }

  private static Object time(TimeValue t) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("text", t.mention().text());
    m.put("earliest", t.earliest().map(Object::toString).orElse(null));
    m.put("latest", t.latest().map(Object::toString).orElse(null));
    return m;
  }

  private static Map<String, Object> span(CodePoints cp, Mention mn) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("start", cp.of(mn.start()));
    m.put("end", cp.of(mn.end()));
    m.put("text", mn.text());
    return m;
  }
}
