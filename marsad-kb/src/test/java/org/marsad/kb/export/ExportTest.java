package org.marsad.kb.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.kb.Fixtures;
import org.marsad.kb.ingest.IngestOptions;
import org.marsad.kb.ingest.Ingestor;
import org.marsad.kb.query.Fact;
import org.marsad.kb.query.Questions;
import org.marsad.kb.store.Database;
import org.marsad.kb.store.StoreLocation;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class ExportTest {
  private static final String MEETING = "التقى القيادي الإرهابي سيدي ولد بوبكار في مدينة غاو بالقيادي محمد الأمين "
      + "ولد الطالب الأسبوع الماضي، حسب مصادر محلية.";
  private static final String ATTACK = "هاجم مسلحون من جماعة نصرة الإسلام والمسلمين يوم الأحد معسكرا للجيش المالي "
      + "في مدينة ميناكا، وقالت مصادر محلية إن الهجوم أسفر عن سقوط قتلى، \"في صفوف\" الجنود.";
  private static final String LEADER = "أعلنت جماعة نصرة الإسلام والمسلمين بقيادة إياد أغ غالي مسؤوليتها عن الهجوم.";
  @TempDir
  Path dir;
  Database db;
  ExportData data;

  @BeforeEach
  void fill() {
    db = Database.open(StoreLocation.embedded(dir));
    Ingestor ingestor = new Ingestor(db, Fixtures.extractor(), Fixtures.clockAt("2026-11-01T10:00:00Z"));
    ingestor.ingest(Fixtures.report("meeting.txt", MEETING, "2024-05-10"), IngestOptions.defaults());
    ingestor.ingest(Fixtures.report("attack.txt", ATTACK, "2023-02-20"), IngestOptions.defaults());
    ingestor.ingest(Fixtures.report("leader.txt", LEADER, "2023-02-21"), IngestOptions.defaults());
    data = new Questions(db.handle(), ingestor.nameKey()).export(Set.of(), Optional.empty());
  }

  @AfterEach
  void close() {
    db.close();
  }

  private List<Fact> events() {
    return data.facts().stream().filter(f -> f.type().isEvent()).toList();
  }

  @Test
  void jsonHoldsEveryFactWithItsEvidence() {
    StringWriter w = new StringWriter();
    JsonExport.write(data, w);
    JsonNode root = JsonMapper.builder().build().readTree(w.toString());
    assertThat(root.path("facts").size()).isEqualTo(data.facts().size()).isPositive();
    JsonNode ev = root.path("facts").get(0).path("evidence").get(0);
    assertThat(ev.path("text").asString()).isNotBlank();
    assertThat(ev.path("end").asInt()).isGreaterThan(ev.path("start").asInt());
  }

  @Test
  void evidenceCanBeCappedWithItsTotalKept() {
    Fact f = data.facts().get(0);
    Map<String, Object> capped = JsonExport.fact(f, data::entity, 0);
    assertThat((List<?>) capped.get("evidence")).isEmpty();
    assertThat(capped.get("evidence_total")).isEqualTo(f.evidence().size());
    assertThat((List<?>) JsonExport.fact(f, data::entity).get("evidence")).hasSize(f.evidence().size());
  }

  @Test
  void csvHasOneRowPerEventWithAcledLikeColumns() {
    StringWriter w = new StringWriter();
    CsvExport.write(data, w);
    List<List<String>> rows = parseCsv(w.toString());
    assertThat(rows.get(0)).containsExactlyElementsOf(CsvExport.COLUMNS);
    assertThat(events()).isNotEmpty();
    assertThat(rows).hasSize(events().size() + 1);
    assertThat(rows.subList(1, rows.size())).allSatisfy(r -> assertThat(r).hasSize(CsvExport.COLUMNS.size()));
  }

  @Test
  void csvQuotesFieldsWithCommasAndQuotes() {
    assertThat(CsvExport.quote("a, \"b\"")).isEqualTo("\"a, \"\"b\"\"\"");
    assertThat(CsvExport.quote("plain")).isEqualTo("plain");
  }

  @Test
  void geoJsonPutsLongitudeFirst() {
    StringWriter w = new StringWriter();
    GeoJsonExport.write(data, w);
    JsonNode root = JsonMapper.builder().build().readTree(w.toString());
    assertThat(root.path("type").asString()).isEqualTo("FeatureCollection");
    boolean sawGao = false;
    for (JsonNode f : root.path("features")) {
      JsonNode c = f.path("geometry").path("coordinates");
      assertThat(c.get(0).asDouble()).isBetween(-180.0, 180.0);
      assertThat(c.get(1).asDouble()).isBetween(-90.0, 90.0);
      if ("Gao".equals(f.path("properties").path("name_en").asString(""))) {
        sawGao = true;
        assertThat(c.get(0).asDouble()).as("Gao's longitude").isBetween(-1.0, 1.0);
        assertThat(c.get(1).asDouble()).as("Gao's latitude").isBetween(15.5, 17.0);
      }
    }
    assertThat(sawGao).isTrue();
  }

  @Test
  void graphMlEdgesJoinDeclaredNodes() throws Exception {
    StringWriter w = new StringWriter();
    GraphMlExport.write(data, w);
    Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder()
        .parse(new ByteArrayInputStream(w.toString().getBytes(StandardCharsets.UTF_8)));
    Set<String> nodes = new HashSet<>();
    NodeList ns = doc.getElementsByTagName("node");
    for (int i = 0; i < ns.getLength(); i++) {
      nodes.add(((Element) ns.item(i)).getAttribute("id"));
    }
    NodeList es = doc.getElementsByTagName("edge");
    assertThat(es.getLength()).isPositive();
    for (int i = 0; i < es.getLength(); i++) {
      Element e = (Element) es.item(i);
      assertThat(nodes).contains(e.getAttribute("source"), e.getAttribute("target"));
    }
  }

  /** RFC 4180, enough for the test: quoted fields with doubled quotes, CRLF rows. */
  static List<List<String>> parseCsv(String s) {
    List<List<String>> rows = new ArrayList<>();
    List<String> row = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < s.length() && s.charAt(i + 1) == '"') {
          field.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          field.append(c);
        }
      } else if (c == '"') {
        quoted = true;
      } else if (c == ',') {
        row.add(field.toString());
        field.setLength(0);
      } else if (c == '\r' && i + 1 < s.length() && s.charAt(i + 1) == '\n') {
        row.add(field.toString());
        field.setLength(0);
        rows.add(row);
        row = new ArrayList<>();
        i++;
      } else {
        field.append(c);
      }
    }
    return rows;
  }
}
