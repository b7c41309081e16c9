package org.marsad.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.extract.Extractor;
import org.marsad.extract.Modality;
import org.marsad.extract.RelationType;
import org.marsad.kb.ingest.IngestOptions;
import org.marsad.kb.ingest.Ingestor;
import org.marsad.kb.ingest.Outcome;
import org.marsad.kb.source.ReportSources;
import org.marsad.kb.source.SourceReport;
import org.marsad.kb.store.Alert;
import org.marsad.kb.store.Database;
import org.marsad.kb.store.StoreLocation;
import org.marsad.kb.store.Watches;

/**
 * The seed report's standing question as watches. The Sahara Battalions' move to ISIS is a prospect in the seed
 * and must alert as one, never as a fact; Hamada Ould Kheirou's pledge is stated and alerts as asserted.
 */
class SeedWatchTest {
  private static final Instant NOW = Instant.parse("2026-11-01T10:00:00Z");
  @TempDir
  Path dir;
  Database db;
  Watches watches;

  @BeforeEach
  void open() {
    db = Database.open(StoreLocation.embedded(dir));
    watches = new Watches(db.handle());
  }

  @AfterEach
  void close() {
    db.close();
  }

  private void ingestSeed() throws IOException {
    Path seed = SharedData.shared().resolve("seed/seed-article.ar.txt");
    Files.copy(seed, dir.resolve("seed.txt"));
    SourceReport report;
    try (var items = ReportSources.withDefaults().read(List.of(dir.resolve("seed.txt")))) {
      report = (SourceReport) items.findFirst().orElseThrow();
    }
    Ingestor ingestor = new Ingestor(db, Extractor.withBuiltInLexicons(), Clock.fixed(NOW, ZoneOffset.UTC));
    assertThat(ingestor.ingest(report, IngestOptions.defaults())).isInstanceOf(Outcome.Ingested.class);
  }

  private List<Alert> alerts(String watch) {
    return watches.alerts(Optional.empty()).stream().filter(a -> a.watch().equals(watch)).toList();
  }

  @Test
  void theSaharaBattalionsProspectAlertsAsAProspectNeverAsAFact() throws IOException {
    SharedData.shared();
    watches.add("sahara-isis", "Will the Sahara Battalions or AQIM pledge to ISIS?",
        Set.of(RelationType.PLEDGED_ALLEGIANCE), List.of("كتائب الصحراء", "AQIM"), List.of("ISIS"), List.of(), NOW);
    ingestSeed();
    List<Alert> hits = alerts("sahara-isis");
    assertThat(hits).isNotEmpty();
    assertThat(hits).noneSatisfy(a -> assertThat(a.modality()).isEqualTo(Modality.ASSERTED));
    assertThat(hits).anySatisfy(a -> assertThat(a.modality()).isIn(Modality.POSSIBLE, Modality.LIKELY));
  }

  @Test
  void hamadaOuldKheirousStatedPledgeAlertsAsAsserted() throws IOException {
    SharedData.shared();
    watches.add("kheirou-isis", "Who pledges to ISIS?", Set.of(RelationType.PLEDGED_ALLEGIANCE),
        List.of("Hamada Ould Mohamed Kheirou"), List.of("ISIS"), List.of(), NOW);
    ingestSeed();
    assertThat(alerts("kheirou-isis")).anySatisfy(a -> assertThat(a.modality()).isEqualTo(Modality.ASSERTED));
  }

  @Test
  void aWatchOnAnotherPlaceStaysSilent() throws IOException {
    SharedData.shared();
    watches.add("kidal-pledges", "Pledges made in Kidal", Set.of(RelationType.PLEDGED_ALLEGIANCE), List.of(),
        List.of(), List.of("Kidal"), NOW);
    ingestSeed();
    assertThat(alerts("kidal-pledges")).isEmpty();
  }
}
