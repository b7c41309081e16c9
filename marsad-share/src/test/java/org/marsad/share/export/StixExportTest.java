package org.marsad.share.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.kb.Fixtures;
import org.marsad.kb.store.Database;
import org.marsad.kb.store.StoreLocation;
import org.marsad.share.StixSchemas;
import org.marsad.share.TestData;
import org.marsad.share.stix.StixJson;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** The whole sample corpus exported as STIX, checked against the official schemas. */
class StixExportTest {
  @TempDir
  static Path dir;
  static Database db;

  @BeforeAll
  static void fill() {
    db = Database.open(StoreLocation.embedded(dir.resolve("data")));
    TestData.ingestSamples(db);
  }

  @AfterAll
  static void close() {
    db.close();
  }

  static StixExport.Result export() {
    return StixExport.export(db, StixExport.Options.of("tester").withCountries(Lexicons.countries(
        Fixtures.extractor().lexicon())), TestData.NOW);
  }

  @Test
  void reExportingGivesTheSameIdsAndVersionsUntilContentChanges() {
    JsonNode first = StixJson.MAPPER.readTree(export().json());
    JsonNode again = StixJson.MAPPER.readTree(export().json());
    assertThat(again).isEqualTo(first);
    db.inTransaction(h -> {
      new org.marsad.share.marking.Markings(h).set(org.marsad.share.marking.MarkingTarget.source("samples"),
          org.marsad.share.stix.Tlp.GREEN, "tester", TestData.NOW);
      return null;
    });
    JsonNode later = StixExport.export(db, StixExport.Options.of("tester").withCountries(Lexicons.countries(
        Fixtures.extractor().lexicon())), TestData.NOW.plusSeconds(3600)).json().transform(StixJson.MAPPER::readTree);
    java.util.Map<String, JsonNode> before = new java.util.HashMap<>();
    first.path("objects").forEach(o -> before.put(o.path("id").asString(), o));
    int changed = 0;
    for (JsonNode o : later.path("objects")) {
      JsonNode old = before.get(o.path("id").asString());
      assertThat(old).as("same id for " + o.path("id").asString()).isNotNull();
      boolean contentChanged = !o.path("object_marking_refs").equals(old.path("object_marking_refs"));
      assertThat(!o.path("modified").equals(old.path("modified"))).as(o.path("id").asString())
          .isEqualTo(contentChanged);
      changed += contentChanged ? 1 : 0;
    }
    assertThat(changed).isGreaterThan(0);
    db.inTransaction(h -> {
      new org.marsad.share.marking.Markings(h).set(org.marsad.share.marking.MarkingTarget.source("samples"),
          org.marsad.share.stix.Tlp.AMBER, "tester", TestData.NOW);
      return null;
    });
  }

  @Test
  void theWholeCorpusValidatesAgainstTheOfficialSchemas() throws java.io.IOException {
    StixSchemas schemas = new StixSchemas(TestData.stix());
    String json = export().json();
    java.nio.file.Files.writeString(Path.of("target", "sample-export.stix.json"), json); // to look at by hand
    ObjectNode bundle = (ObjectNode) StixJson.MAPPER.readTree(json);
    assertThat(bundle.path("objects").size()).isGreaterThan(100);
    List<String> problems = new ArrayList<>();
    for (JsonNode o : bundle.path("objects")) {
      String type = o.path("type").asString();
      String schema = switch (type) {
        case "relationship", "sighting" -> "sros/" + type + ".json";
        case "marking-definition", "extension-definition" -> "common/" + type + ".json";
        default -> "sdos/" + type + ".json";
      };
      schemas.problems(schema, o).forEach(p -> problems.add(o.path("id").asString() + " " + p));
    }
    assertThat(problems).isEmpty();
    // bundle.json leaves out some types of the spec (location and extension-definition among them), so that such
    // an object matches both core.json and cyber-observable-core.json and fails the "oneOf" of custom objects;
    // each was checked against its own schema above, and the bundle is checked with the types it lists
    Set<String> listed = schemas.typesBundleLists();
    assertThat(listed).contains("threat-actor", "relationship", "sighting", "report", "identity");
    ObjectNode envelope = bundle.deepCopy();
    ArrayNode kept = envelope.putArray("objects");
    bundle.path("objects").forEach(o -> {
      if (listed.contains(o.path("type").asString())) {
        kept.add(o);
      }
    });
    assertThat(schemas.problems("common/bundle.json", envelope)).isEmpty();
  }
}
