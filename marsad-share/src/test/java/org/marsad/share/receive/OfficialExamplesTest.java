package org.marsad.share.receive;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.kb.Fixtures;
import org.marsad.kb.ingest.Ingestor;
import org.marsad.kb.store.Database;
import org.marsad.kb.store.StoreLocation;
import org.marsad.share.TestData;
import org.marsad.share.stix.StixJson;
import tools.jackson.databind.JsonNode;

/** Every official example bundle: what Marsad models is kept, and every other object is reported as skipped. */
class OfficialExamplesTest {
  @TempDir
  Path dir;

  @Test
  void everyExampleIsTakenInOrAccountedFor() throws IOException {
    List<Path> files;
    try (Stream<Path> s = Files.walk(TestData.stix().resolve("examples"))) {
      files = s.filter(p -> p.toString().endsWith(".json")).sorted().toList();
    }
    assertThat(files).hasSizeGreaterThan(5);
    int i = 0;
    for (Path f : files) {
      try (Database db = Database.open(StoreLocation.embedded(dir.resolve("s" + i++)))) {
        StixImport.Result r = StixImport.receive(db, new Ingestor(db, Fixtures.extractor(), TestData.clock()), f,
            1 << 24, "tester", TestData.NOW);
        JsonNode root = StixJson.MAPPER.readTree(Files.readString(f));
        Set<String> ids = ids(root);
        int accounted = r.kept().values().stream().mapToInt(Integer::intValue).sum() + r.skipped().size();
        assertThat(accounted).as(f + ": kept " + r.kept() + ", skipped " + r.skipped()).isEqualTo(ids.size());
        r.skipped().forEach(s -> assertThat(s.reason()).as(s.id()).isNotBlank());
      }
    }
  }

  @Test
  void apt1KeepsItsActorsPeopleReportAndAttributions() {
    Path apt1 = TestData.stix().resolve("examples/threat-reports/apt1.json");
    try (Database db = Database.open(StoreLocation.embedded(dir.resolve("apt1")))) {
      StixImport.Result r = StixImport.receive(db, new Ingestor(db, Fixtures.extractor(), TestData.clock()), apt1,
          1 << 24, "tester", TestData.NOW);
      assertThat(r.kept()).containsEntry("intrusion-set", 1).containsEntry("threat-actor", 5)
          .containsEntry("report", 1).containsEntry("relationship", 7);
      assertThat(r.skipped()).extracting(Skip::type).contains("malware", "indicator", "tool", "attack-pattern");
      List<String> names = db.handle().createQuery("SELECT name FROM entity ORDER BY name").mapTo(String.class).list();
      assertThat(names).contains("APT1", "Ugly Gorilla", "Wang Dong", "Mei Qiang");
      assertThat(db.handle().createQuery("SELECT COUNT(*) FROM claim WHERE type = 'ASSOCIATED_WITH'")
          .mapTo(Integer.class).one()).isGreaterThanOrEqualTo(7);
      assertThat(r.reportsStored()).isEqualTo(1);
    }
  }

  private static Set<String> ids(JsonNode root) {
    if (!root.path("type").asString("").equals("bundle")) {
      return Set.of(root.path("id").asString());
    }
    Set<String> ids = new java.util.HashSet<>();
    root.path("objects").forEach(o -> ids.add(o.path("id").asString()));
    return ids;
  }
}
