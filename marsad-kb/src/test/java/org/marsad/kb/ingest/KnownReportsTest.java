package org.marsad.kb.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.kb.Fixtures;
import org.marsad.kb.store.Database;
import org.marsad.kb.store.Reports;
import org.marsad.kb.store.StoreLocation;

class KnownReportsTest {
  @TempDir
  Path dir;
  Database db;
  String stored;

  @BeforeEach
  void open() {
    db = Database.open(StoreLocation.embedded(dir));
    var r = Fixtures.report("a.txt", "أعلنت جماعة نصرة الإسلام والمسلمين مسؤوليتها.", "2020-01-01");
    new Ingestor(db, Fixtures.extractor(), Fixtures.clockAt("2026-11-01T10:00:00Z")).ingest(r,
        IngestOptions.defaults());
    stored = r.sha256();
  }

  @AfterEach
  void close() {
    db.close();
  }

  @Test
  void aStoredDigestIsKnown() {
    Reports reports = new Reports(db.handle());
    assertThat(new KnownReports(reports, reports.shas()).contains(stored)).isTrue();
  }

  @Test
  void aDigestSharingOnlyThePrefixIsNotKnown() {
    Reports reports = new Reports(db.handle());
    String twin = stored.substring(0, 16) + "0".repeat(48);
    assertThat(twin).isNotEqualTo(stored);
    assertThat(new KnownReports(reports, reports.shas()).contains(twin)).isFalse();
  }

  @Test
  void anEmptyStoreKnowsNothing() {
    assertThat(new KnownReports(new Reports(db.handle()), List.of()).contains(stored)).isFalse();
  }
}
