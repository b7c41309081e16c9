package org.marsad.kb.resolve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.kb.Fixtures;
import org.marsad.kb.KbException;
import org.marsad.kb.ingest.IngestOptions;
import org.marsad.kb.ingest.Ingestor;
import org.marsad.kb.ingest.Reextractor;
import org.marsad.kb.query.Questions;
import org.marsad.kb.store.Database;
import org.marsad.kb.store.Mentions;
import org.marsad.kb.store.StoreLocation;

/**
 * Hand corrections, and that they outlive re-extraction of the whole store and later reports; run on every
 * backend.
 */
abstract class CorrectionsContract {
  private static final Instant NOW = Instant.parse("2026-11-02T10:00:00Z");
  // fictional people: unlisted names the resolver must handle on its own
  private static final String MEETING = "التقى القيادي الإرهابي سيدي ولد بوبكار في مدينة غاو بالقيادي محمد الأمين "
      + "ولد الطالب الأسبوع الماضي، حسب مصادر محلية.";
  private static final String ARREST_FR = "Le chef jihadiste Sidi Ould Boubacar a été arrêté à Gao par l'armée "
      + "malienne.";
  private static final String LATER = "قال مصدر أمني إن محمد الأمين ولد الطالب وصل إلى تمبكتو قادما من غاو.";
  private static final String SIDI = "Sidi Ould Boubacar";
  private static final String LAMINE = "محمد الأمين ولد الطالب";

  @TempDir
  Path dir;
  Database db;
  Ingestor ingestor;
  NameKey keys;

  abstract StoreLocation location(Path dir);

  @BeforeEach
  void open() {
    db = Database.open(location(dir));
    ingestor = new Ingestor(db, Fixtures.extractor(), Fixtures.clockAt("2026-11-01T10:00:00Z"));
    keys = ingestor.nameKey();
    ingestor.ingest(Fixtures.report("meeting.txt", MEETING, "2024-05-10"), IngestOptions.defaults());
    ingestor.ingest(Fixtures.report("arrest.txt", ARREST_FR, "2024-06-01"), IngestOptions.defaults());
  }

  @AfterEach
  void close() {
    db.close();
  }

  private Questions questions() {
    return new Questions(db.handle(), keys);
  }

  private void reextract() {
    new Reextractor(db, Fixtures.extractor(), Fixtures.clockAt("2026-11-03T10:00:00Z")).run(id -> { });
  }

  @Test
  void spellingsInTwoScriptsAreOneEntityBeforeAnyCorrection() {
    assertThat(questions().entity("سيدي ولد بوبكار").id()).isEqualTo(questions().entity(SIDI).id());
  }

  @Test
  void aHandMergeSurvivesReextraction() {
    new Corrections(db.handle(), keys).merge(SIDI, LAMINE, "one man under two names, per a court record", NOW);
    assertThat(questions().entity(LAMINE).id()).isEqualTo(questions().entity(SIDI).id());
    reextract();
    assertThat(questions().entity(LAMINE).id()).isEqualTo(questions().entity(SIDI).id());
  }

  @Test
  void aHandMergeAppliesToReportsIngestedLater() {
    new Corrections(db.handle(), keys).merge(SIDI, LAMINE, "one man under two names", NOW);
    ingestor.ingest(Fixtures.report("later.txt", LATER, "2024-07-01"), IngestOptions.defaults());
    long sidi = questions().entity(SIDI).id();
    assertThat(new Mentions(db.handle()).of(sidi)).anySatisfy(m -> assertThat(m.text()).isEqualTo(LAMINE));
    assertThat(questions().timeline(SIDI)).anySatisfy(f -> assertThat(f.type().name()).isEqualTo("MOVEMENT"));
  }

  @Test
  void undoingAMergeSurvivesReextraction() {
    Corrections c = new Corrections(db.handle(), keys);
    c.merge(SIDI, LAMINE, "looked like one man", NOW);
    c.unmerge(LAMINE, "two men after all", NOW.plusSeconds(60));
    assertThat(questions().entity(LAMINE).id()).isNotEqualTo(questions().entity(SIDI).id());
    reextract();
    assertThat(questions().entity(LAMINE).id()).isNotEqualTo(questions().entity(SIDI).id());
  }

  @Test
  void splittingANameOffMovesItsMentionsAndSurvivesReextraction() {
    Corrections c = new Corrections(db.handle(), keys);
    c.merge(SIDI, LAMINE, "looked like one man", NOW);
    c.splitAlias(SIDI, LAMINE, "two men after all", NOW.plusSeconds(60));
    long sidi = questions().entity(SIDI).id();
    assertThat(new Mentions(db.handle()).of(sidi)).noneSatisfy(m -> assertThat(m.text()).isEqualTo(LAMINE));
    reextract();
    assertThat(questions().entity(LAMINE).id()).isNotEqualTo(questions().entity(SIDI).id());
  }

  @Test
  void aCorrectionNeedsAReason() {
    assertThatThrownBy(() -> new Corrections(db.handle(), keys).merge(SIDI, LAMINE, " ", NOW))
        .isInstanceOf(KbException.class).hasMessageContaining("why");
  }

  @Test
  void mergingAnEntityWithItselfIsRefusedWithBothNames() {
    assertThatThrownBy(() -> new Corrections(db.handle(), keys).merge(SIDI, "سيدي ولد بوبكار", "same", NOW))
        .isInstanceOf(KbException.class).hasMessageContaining("already one entity");
  }
}
