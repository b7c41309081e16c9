package org.marsad.kb.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.extract.Modality;
import org.marsad.extract.RelationType;
import org.marsad.kb.Fixtures;
import org.marsad.kb.KbException;
import org.marsad.kb.grade.Credibility;
import org.marsad.kb.grade.Reliability;
import org.marsad.kb.ingest.IngestOptions;
import org.marsad.kb.ingest.Ingestor;
import org.marsad.kb.ingest.Outcome;
import org.marsad.kb.source.Sha256;
import org.marsad.kb.source.SourceFormat;
import org.marsad.kb.source.SourceReport;

/**
 * The store's contract, run against every backend (Jena's AbstractTestRDFConnection is the model): each
 * subclass only says where the store lives.
 */
abstract class StoreContract {
  static final String MERGER = "أعلنت جماعة أنصار الدين وكتيبة المرابطون وإمارة الصحراء التابعة لتنظيم القاعدة في بلاد "
      + "المغرب الإسلامي اندماجها في تنظيم واحد باسم جماعة نصرة الإسلام والمسلمين بقيادة إياد أغ غالي.";
  static final String ARREST = "أوقفت قوات الأمن الجزائرية يوم الاثنين في ولاية ورقلة إرهابيا ينتمي إلى تنظيم القاعدة "
      + "في بلاد المغرب الإسلامي، حسب ما قال مصدر أمني.";

  @TempDir
  Path dir;
  StoreLocation location;
  Database db;
  Ingestor ingestor;

  abstract StoreLocation location(Path dir);

  @BeforeEach
  void open() {
    location = location(dir);
    db = Database.open(location);
    ingestor = new Ingestor(db, Fixtures.extractor(), Fixtures.clockAt("2026-11-01T10:00:00Z"));
  }

  @AfterEach
  void close() {
    db.close();
  }

  /** Closes the store and opens it again, as the next command would, with an ingestor of its own. */
  void reopen() {
    db.close();
    db = Database.open(location);
    ingestor = new Ingestor(db, Fixtures.extractor(), Fixtures.clockAt("2026-11-01T10:00:00Z"));
  }

  Outcome ingest(String name, String text, String published, IngestOptions o) {
    return ingestor.ingest(Fixtures.report(name, text, published), o);
  }

  @Test
  void ingestStoresTheReportItsEntitiesAndClaims() {
    Outcome o = ingest("merger.txt", MERGER, "2017-03-02", IngestOptions.defaults());
    assertThat(o).isInstanceOf(Outcome.Ingested.class);
    Outcome.Ingested in = (Outcome.Ingested) o;
    assertThat(in.entities()).isGreaterThanOrEqualTo(4);
    assertThat(in.claims()).isGreaterThanOrEqualTo(1);
    Reports reports = new Reports(db.handle());
    assertThat(reports.count()).isEqualTo(1);
    assertThat(reports.text(in.reportId())).isEqualTo(MERGER);
    assertThat(new Entities(db.handle()).byIdent("group/jnim")).isPresent();
  }

  @Test
  void theSameBytesTwiceAreStoredOnce() {
    Outcome first = ingest("a.txt", MERGER, "2017-03-02", IngestOptions.defaults());
    Outcome second = ingest("copy-of-a.txt", MERGER, "2017-03-02", IngestOptions.defaults());
    assertThat(second).isEqualTo(new Outcome.Duplicate("copy-of-a.txt", ((Outcome.Ingested) first).reportId()));
    assertThat(new Reports(db.handle()).count()).isEqualTo(1);
    assertThat(new Claims(db.handle()).find(ClaimFilter.all())).hasSize(((Outcome.Ingested) first).claims());
  }

  @Test
  void theOriginalBytesComeBackExactly() {
    byte[] cp1256 = ARREST.getBytes(java.nio.charset.Charset.forName("windows-1256"));
    String sha = Sha256.hex(cp1256);
    ingestor.ingest(new SourceReport("arrest.txt", cp1256, sha, ARREST, Optional.empty(), Optional.empty(),
        Optional.empty(), Optional.empty(), "windows-1256", SourceFormat.TXT), IngestOptions.defaults());
    assertThat(new Reports(db.handle()).original(sha)).hasValueSatisfying(b -> assertThat(b).isEqualTo(cp1256));
  }

  @Test
  void evidenceOffsetsPointIntoTheStoredText() {
    Outcome.Ingested in = (Outcome.Ingested) ingest("merger.txt", MERGER, "2017-03-02", IngestOptions.defaults());
    String text = new Reports(db.handle()).text(in.reportId());
    for (StoredClaim c : new Claims(db.handle()).find(ClaimFilter.all())) {
      int s = text.offsetByCodePoints(0, c.start());
      int e = text.offsetByCodePoints(0, c.end());
      assertThat(text.substring(s, e)).isEqualTo(c.evidence());
    }
    for (Mentions.StoredMention m : new Mentions(db.handle()).of(
        new Entities(db.handle()).byIdent("group/jnim").orElseThrow().id())) {
      assertThat(text.substring(text.offsetByCodePoints(0, m.start()), text.offsetByCodePoints(0, m.end())))
          .isEqualTo(m.text());
    }
  }

  @Test
  void aLexiconEntityIsOneEntityAcrossReports() {
    ingest("merger.txt", MERGER, "2017-03-02", IngestOptions.defaults());
    ingest("arrest.txt", ARREST, "2015-06-01", IngestOptions.defaults());
    StoredEntity aqim = new Entities(db.handle()).byIdent("group/aqim").orElseThrow();
    List<Long> reportsMentioning = new Mentions(db.handle()).of(aqim.id()).stream()
        .map(Mentions.StoredMention::reportId).distinct().toList();
    assertThat(reportsMentioning).hasSize(2);
  }

  @Test
  void sourceGradingAppliesAndTheReportCredibilityDefaultsToTheSource() {
    Instant now = Instant.parse("2026-11-01T10:00:00Z");
    new Sources(db.handle()).ensure("El Watan", Optional.of(Reliability.B), Optional.of(Credibility.PROBABLY_TRUE),
        now);
    Outcome.Ingested in = (Outcome.Ingested) ingest("arrest.txt", ARREST, "2015-06-01",
        IngestOptions.defaults().withSource("El Watan"));
    StoredReport r = new Reports(db.handle()).byId(in.reportId()).orElseThrow();
    assertThat(r.grade().toString()).isEqualTo("B2");
    Outcome.Ingested second = (Outcome.Ingested) ingest("merger.txt", MERGER, "2017-03-02",
        IngestOptions.defaults().withSource("El Watan").withCredibility(Credibility.DOUBTFUL));
    assertThat(new Reports(db.handle()).byId(second.reportId()).orElseThrow().grade().toString()).isEqualTo("B4");
  }

  @Test
  void aWatchAlertCarriesTheModalityOfTheClaim() {
    Instant now = Instant.parse("2026-11-01T09:00:00Z");
    new Watches(db.handle()).add("jnim-leader", "who leads JNIM?", Set.of(RelationType.LEADER_OF),
        List.of("Iyad Ag Ghaly"), List.of("JNIM"), List.of(), now);
    ingest("merger.txt", MERGER, "2017-03-02", IngestOptions.defaults());
    List<Alert> alerts = new Watches(db.handle()).alerts(Optional.empty());
    assertThat(alerts).isNotEmpty();
    assertThat(alerts).allSatisfy(a -> {
      assertThat(a.watch()).isEqualTo("jnim-leader");
      assertThat(a.modality()).isEqualTo(Modality.ASSERTED);
    });
  }

  @Test
  void aWatchNameIsUnique() {
    Watches w = new Watches(db.handle());
    Instant now = Instant.parse("2026-11-01T09:00:00Z");
    w.add("w", "q", Set.of(), List.of("AQIM"), List.of(), List.of(), now);
    assertThatThrownBy(() -> w.add("w", "q", Set.of(), List.of(), List.of(), List.of(), now))
        .isInstanceOf(KbException.class).hasMessageContaining("'w'");
  }

  @Test
  void aBatchIsStoredInOrderWithRepeatsAndRejectionsReported() {
    List<org.marsad.kb.source.SourceItem> items = List.of(Fixtures.report("merger.txt", MERGER, "2017-03-02"),
        new org.marsad.kb.source.Rejected("broken.txt", "empty file"), Fixtures.report("arrest.txt", ARREST,
            "2015-06-01"), Fixtures.report("merger-again.txt", MERGER, "2017-03-02"));
    List<Outcome> outcomes = new java.util.ArrayList<>();
    ingestor.ingestAll(items.iterator(), IngestOptions.defaults(), outcomes::add);
    assertThat(outcomes).extracting(Outcome::input)
        .containsExactly("merger.txt", "broken.txt", "arrest.txt", "merger-again.txt");
    assertThat(outcomes.get(0)).isInstanceOf(Outcome.Ingested.class);
    assertThat(outcomes.get(1)).isEqualTo(new Outcome.Rejected("broken.txt", "empty file"));
    assertThat(outcomes.get(3)).isEqualTo(new Outcome.Duplicate("merger-again.txt",
        ((Outcome.Ingested) outcomes.get(0)).reportId()));
    assertThat(new Reports(db.handle()).count()).isEqualTo(2);
    assertThat(db.handle().getConnection()).satisfies(c -> assertThat(c.getAutoCommit()).isTrue());
  }

  @Test
  void aReportThatCannotBeStoredIsRejectedWholeAndTheBatchGoesOn() {
    // a report row under the id the next report will be given cannot happen in use; here it makes the next
    // report's insert fail
    db.handle().execute("INSERT INTO source (id, name, reliability, default_credibility, created_at) "
        + "VALUES (999, 'other', 'F', 6, TIMESTAMP '2026-11-01 10:00:00')");
    db.handle().execute("INSERT INTO report (id, sha256, source_id, credibility, input_name, format, charset, "
        + "language, body, ingested_at, complete) VALUES (1, ?, 999, 6, 'taken.txt', 'txt', 'UTF-8', 'ar', 'x', "
        + "TIMESTAMP '2026-11-01 10:00:00', TRUE)", Sha256.hex(new byte[] {1}));
    List<Outcome> outcomes = new java.util.ArrayList<>();
    ingestor.ingestAll(List.of(Fixtures.report("merger.txt", MERGER, "2017-03-02"),
        Fixtures.report("arrest.txt", ARREST, "2015-06-01")).iterator(), IngestOptions.defaults(), outcomes::add);
    assertThat(outcomes.get(0)).isInstanceOfSatisfying(Outcome.Rejected.class,
        r -> assertThat(r.reason()).contains("cannot store"));
    assertThat(outcomes.get(1)).isInstanceOf(Outcome.Ingested.class);
    assertThat(new Reports(db.handle()).count()).isEqualTo(2);
    assertThat(db.handle().createQuery("SELECT COUNT(*) FROM entity WHERE ident = 'group/jnim'")
        .mapTo(Integer.class).one()).as("nothing of the rejected report").isZero();
  }

  @Test
  void aReportLeftUnfinishedByACrashIsRemovedOnOpenAndCanBeIngestedAgain() {
    Outcome.Ingested done = (Outcome.Ingested) ingest("merger.txt", MERGER, "2017-03-02", IngestOptions.defaults());
    // what a crash in the middle of the report's transaction could leave: the rows without the final mark
    db.handle().execute("UPDATE report SET complete = FALSE WHERE id = ?", done.reportId());
    reopen();
    assertThat(new Reports(db.handle()).count()).isZero();
    assertThat(db.handle().createQuery("SELECT COUNT(*) FROM mention").mapTo(Integer.class).one()).isZero();
    assertThat(db.handle().createQuery("SELECT COUNT(*) FROM claim").mapTo(Integer.class).one()).isZero();
    assertThat(db.handle().createQuery("SELECT COUNT(*) FROM report_original").mapTo(Integer.class).one()).isZero();
    assertThat(new Entities(db.handle()).byIdent("group/jnim")).isEmpty();
    assertThat(ingest("merger.txt", MERGER, "2017-03-02", IngestOptions.defaults()))
        .isInstanceOf(Outcome.Ingested.class);
  }

  @Test
  void aReportMarkedCompleteButMissingRowsIsRemovedOnOpenAndCanBeIngestedAgain() {
    Outcome.Ingested kept = (Outcome.Ingested) ingest("arrest.txt", ARREST, "2015-06-01", IngestOptions.defaults());
    Outcome.Ingested done = (Outcome.Ingested) ingest("merger.txt", MERGER, "2017-03-02", IngestOptions.defaults());
    assertThat(done.claims()).isPositive();
    // what H2 was seen to keep after a SIGKILL: the report, its mark and its mentions, without its claims
    db.handle().execute("DELETE FROM claim_arg WHERE claim_id IN (SELECT id FROM claim WHERE report_id = ?)",
        done.reportId());
    db.handle().execute("DELETE FROM claim WHERE report_id = ?", done.reportId());
    reopen();
    assertThat(new Reports(db.handle()).byId(done.reportId())).isEmpty();
    assertThat(new Reports(db.handle()).byId(kept.reportId())).as("a whole report stays").isPresent();
    assertThat(db.handle().createQuery("SELECT COUNT(*) FROM mention WHERE report_id = :r")
        .bind("r", done.reportId()).mapTo(Integer.class).one()).isZero();
    Outcome again = ingest("merger.txt", MERGER, "2017-03-02", IngestOptions.defaults());
    assertThat(again).isInstanceOfSatisfying(Outcome.Ingested.class,
        o -> assertThat(o.claims()).isEqualTo(done.claims()));
  }

  /** V41 declares these keys again on H2, over the indexes made for them: they hold as before. */
  @Test
  void aClaimOfNoReportAndAMergeIntoNoEntityAreRefused() {
    ingest("merger.txt", MERGER, "2017-03-02", IngestOptions.defaults());
    long claim = db.handle().createQuery("SELECT MIN(id) FROM claim").mapTo(Long.class).one();
    assertThatThrownBy(() -> db.handle()
        .execute("UPDATE claim SET report_id = 999999 WHERE id = ?", claim)).hasMessageContaining("999999");
    long entity = db.handle().createQuery("SELECT MIN(id) FROM entity").mapTo(Long.class).one();
    assertThatThrownBy(() -> db.handle()
        .execute("UPDATE entity SET merged_into = 999999 WHERE id = ?", entity)).hasMessageContaining("999999");
  }

  @Test
  void aReportMarkedCompleteWithoutItsOriginalIsRemovedOnOpenAndCanBeIngestedAgain() {
    Outcome.Ingested done = (Outcome.Ingested) ingest("merger.txt", MERGER, "2017-03-02", IngestOptions.defaults());
    // since V42 the original is written after its report's row: a crash could keep the report and lose it
    db.handle().execute("DELETE FROM report_original WHERE report_id = ?", done.reportId());
    reopen();
    assertThat(new Reports(db.handle()).count()).isZero();
    assertThat(ingest("merger.txt", MERGER, "2017-03-02", IngestOptions.defaults()))
        .isInstanceOf(Outcome.Ingested.class);
    assertThat(new Reports(db.handle()).original(Sha256.hex(MERGER.getBytes(StandardCharsets.UTF_8))))
        .hasValueSatisfying(b -> assertThat(b).isEqualTo(MERGER.getBytes(StandardCharsets.UTF_8)));
  }

  /** Kept by a hash, each new original went into a random page of its table; by report id it joins the newest. */
  @Test
  void eachOriginalIsKeptUnderItsReportsId() {
    List<Long> ids = List.of(((Outcome.Ingested) ingest("merger.txt", MERGER, "2017-03-02",
        IngestOptions.defaults())).reportId(), ((Outcome.Ingested) ingest("arrest.txt", ARREST, "2015-06-01",
        IngestOptions.defaults())).reportId());
    assertThat(db.handle().createQuery("SELECT report_id FROM report_original ORDER BY report_id")
        .mapTo(Long.class).list()).isEqualTo(ids);
  }

  /**
   * An entity's report and mention counts read from the index agree with the store's mention rows, whether the
   * document came from the ingest or was built again from the store, and after a merge.
   */
  @Test
  void theIndexCountsAnEntitysReportsAndMentionsAsTheStoreDoes() {
    try (org.marsad.kb.search.ReportIndex live = org.marsad.kb.search.ReportIndex.inMemory();
         org.marsad.kb.search.ReportIndex rebuilt = org.marsad.kb.search.ReportIndex.inMemory()) {
      ingestor.addListener(live::add);
      ingest("merger.txt", MERGER, "2017-03-02", IngestOptions.defaults());
      ingest("arrest.txt", ARREST, "2015-06-01", IngestOptions.defaults());
      ingest("both.txt", MERGER + "\n\n" + ARREST, "2018-01-01", IngestOptions.defaults());
      try (org.marsad.kb.index.IndexSync sync = new org.marsad.kb.index.IndexSync(db, rebuilt)) {
        sync.rebuild(id -> { });
      }
      Entities entities = new Entities(db.handle());
      List<Long> ids = db.handle().createQuery("SELECT id FROM entity ORDER BY id").mapTo(Long.class).list();
      assertThat(ids).hasSizeGreaterThan(5);
      new Entities(db.handle()).merge(ids.get(0), ids.get(1));
      for (long id : ids) {
        StoredEntity e = entities.canonical(entities.byId(id).orElseThrow());
        Mentions.Counts counts = new Mentions(db.handle()).counts(e.id());
        org.marsad.kb.search.Reach expected = new org.marsad.kb.search.Reach(counts.reports(), counts.mentions());
        assertThat(live.reach(entities.members(e.id()))).as("entity %s, from the ingest", e.ident())
            .isEqualTo(expected);
        assertThat(rebuilt.reach(entities.members(e.id()))).as("entity %s, rebuilt", e.ident()).isEqualTo(expected);
      }
    }
  }

  @Test
  void reopeningTheStoreKeepsEverything() {
    ingest("merger.txt", MERGER, "2017-03-02", IngestOptions.defaults());
    db.close();
    db = Database.open(location);
    assertThat(new Reports(db.handle()).count()).isEqualTo(1);
    assertThat(new String(new Reports(db.handle()).original(Sha256.hex(MERGER.getBytes(StandardCharsets.UTF_8)))
        .orElseThrow(), StandardCharsets.UTF_8)).isEqualTo(MERGER);
  }

  @Test
  void aStoreFromBeforeTheIndexRebuildKeepsItsMentionsAndArgumentsAndTheirKeys() {
    StoreLocation old = location(dir.resolve("old"));
    org.flywaydb.core.Flyway.configure(Database.class.getClassLoader())
        .dataSource(old.jdbcUrl(), old.user(), old.password())
        .locations("classpath:org/marsad/kb/db/migration")
        .placeholders(java.util.Map.of("text", old.dialect().textType(), "blob", old.dialect().blobType(),
            "span", old.dialect().spanType()))
        .target("2")
        .load()
        .migrate();
    String sha = Sha256.hex(MERGER.getBytes(StandardCharsets.UTF_8));
    // written as a version-2 store held them, without going through Database.open, which would upgrade it
    try (org.jdbi.v3.core.Handle h = org.jdbi.v3.core.Jdbi.create(old.jdbcUrl(), old.user(), old.password())
        .open()) {
      h.execute("INSERT INTO source (id, name, reliability, default_credibility, created_at) "
          + "VALUES (1, 's', 'F', 6, TIMESTAMP '2026-11-01 10:00:00')");
      h.execute("INSERT INTO original (sha256, size_bytes, bytes) VALUES (?, 1, ?)", sha, new byte[] {1});
      h.execute("INSERT INTO report (id, sha256, source_id, credibility, input_name, format, charset, language, "
          + "body, ingested_at, complete) VALUES (1, ?, 1, 6, 'm.txt', 'txt', 'UTF-8', 'ar', ?, "
          + "TIMESTAMP '2026-11-01 10:00:00', TRUE)", sha, MERGER);
      for (int e = 1; e <= 2; e++) {
        h.execute("INSERT INTO entity (id, ident, type, name, unnamed, created_at) VALUES (?, ?, 'ARMED_GROUP', "
            + "?, FALSE, TIMESTAMP '2026-11-01 10:00:00')", e, "group/g" + e, "g" + e);
        h.execute("INSERT INTO mention (report_id, local_id, entity_id, spans, n, why) VALUES (1, ?, ?, ?, 1, 'w')",
            "e" + e, e, e == 1 ? "7-21" : "22-25");
      }
      h.execute("INSERT INTO claim (id, report_id, local_id, type, modality, start_cp, end_cp, evidence, "
          + "extractor_confidence, ingested_at) VALUES (1, 1, 'r1', 'MERGER', 'ASSERTED', 0, 5, ?, 0.9, "
          + "TIMESTAMP '2026-11-01 10:00:00')", MERGER.substring(0, 5));
      h.execute("INSERT INTO claim_arg (claim_id, role, local_id, entity_id) VALUES (1, 'SUBJECT', 'e1', 1)");
      h.execute("INSERT INTO claim_arg (claim_id, role, local_id, entity_id) VALUES (1, 'OBJECT', 'e2', 2)");
    }
    try (Database upgraded = Database.open(old)) {
      org.jdbi.v3.core.Handle h = upgraded.handle();
      assertThat(new Mentions(h).inReport(1)).extracting(Mentions.StoredMention::localId,
              Mentions.StoredMention::entityId, Mentions.StoredMention::text)
          .containsExactly(org.assertj.core.api.Assertions.tuple("e1", 1L, MERGER.substring(7, 21)),
              org.assertj.core.api.Assertions.tuple("e2", 2L, MERGER.substring(22, 25)));
      assertThat(new Claims(h).find(ClaimFilter.all())).singleElement()
          .satisfies(c -> assertThat(c.args()).containsOnlyKeys(org.marsad.extract.Role.SUBJECT,
              org.marsad.extract.Role.OBJECT));
      assertThat(new Reports(h).original(sha)).as("the original, kept by its report's id since V42")
          .hasValueSatisfying(b -> assertThat(b).containsExactly(1));
      assertThatThrownBy(() -> h.execute("INSERT INTO mention (report_id, local_id, entity_id, spans, n, why) "
          + "VALUES (1, 'e1', 2, '0-1', 1, 'w')")).as("one row per report entity").isNotNull();
      assertThatThrownBy(() -> h.execute("INSERT INTO mention (report_id, local_id, entity_id, spans, n, why) "
          + "VALUES (99, 'e1', 1, '0-1', 1, 'w')")).as("a mention of a report that is not there").isNotNull();
      assertThatThrownBy(() -> h.execute("INSERT INTO claim_arg (claim_id, role, local_id, entity_id) "
          + "VALUES (1, 'SUBJECT', 'e1', 2)")).as("one row per claim, role and entity").isNotNull();
      assertThatThrownBy(() -> h.execute("INSERT INTO claim_arg (claim_id, role, local_id, entity_id) "
          + "VALUES (1, 'SUBJECT', 'e3', 99)")).as("an argument that is no entity").isNotNull();
    }
  }

  /**
   * Migrations V8 and V9 were written after V10-V20: a store already at the newest version without V8 takes it on
   * open, and builds the kept summaries from the claims it holds.
   */
  @Test
  void aStoreAtTheNewestVersionWithoutV8TakesItAndBuildsItsSummaries() throws java.io.IOException {
    java.nio.file.Path all = java.nio.file.Path.of(java.net.URI.create(Database.class
        .getResource("/org/marsad/kb/db/migration").toString()));
    java.nio.file.Path before = dir.resolve("migrations-without-v8");
    java.nio.file.Files.createDirectories(before);
    try (java.util.stream.Stream<java.nio.file.Path> files = java.nio.file.Files.list(all)) {
      for (java.nio.file.Path f : files.toList()) {
        // V40 changes a table V8 makes: no build had it without V8, so a store from before V8 lacks it too
        if (!f.getFileName().toString().startsWith("V8__") && !f.getFileName().toString().startsWith("V40__")) {
          java.nio.file.Files.copy(f, before.resolve(f.getFileName()));
        }
      }
    }
    StoreLocation old = location(dir.resolve("old"));
    org.flywaydb.core.Flyway.configure(Database.class.getClassLoader())
        .dataSource(old.jdbcUrl(), old.user(), old.password())
        .locations("filesystem:" + before)
        .placeholders(java.util.Map.of("text", old.dialect().textType(), "blob", old.dialect().blobType(),
            "span", old.dialect().spanType(), "argEntityKey", "-- (none)"))
        .load()
        .migrate();
    String sha = Sha256.hex(ARREST.getBytes(StandardCharsets.UTF_8));
    try (org.jdbi.v3.core.Handle h = org.jdbi.v3.core.Jdbi.create(old.jdbcUrl(), old.user(), old.password())
        .open()) {
      assertThat(h.createQuery("SELECT MAX(CAST(\"version\" AS INT)) FROM \"flyway_schema_history\"")
          .mapTo(Integer.class).one()).isGreaterThan(8);
      h.execute("INSERT INTO source (id, name, reliability, default_credibility, created_at) "
          + "VALUES (1, 's', 'B', 2, TIMESTAMP '2026-11-01 10:00:00')");
      h.execute("INSERT INTO report (id, sha256, source_id, credibility, input_name, format, charset, language, "
          + "published, body, ingested_at, complete) VALUES (1, ?, 1, 2, 'a.txt', 'txt', 'UTF-8', 'ar', "
          + "DATE '2016-05-01', ?, TIMESTAMP '2026-11-01 10:00:00', TRUE)", sha, ARREST);
      h.execute("INSERT INTO report_original (report_id, size_bytes, bytes) VALUES (1, 1, ?)", new byte[] {1});
      h.execute("INSERT INTO entity (id, ident, type, name, unnamed, created_at) VALUES (1, 'person/p', 'PERSON', "
          + "'p', FALSE, TIMESTAMP '2026-11-01 10:00:00')");
      h.execute("INSERT INTO entity (id, ident, type, name, unnamed, created_at) VALUES (2, 'group/g', "
          + "'ARMED_GROUP', 'g', FALSE, TIMESTAMP '2026-11-01 10:00:00')");
      h.execute("INSERT INTO claim (id, report_id, local_id, type, modality, start_cp, end_cp, evidence, "
          + "extractor_confidence, ingested_at) VALUES (1, 1, 'r1', 'MEMBER_OF', 'ASSERTED', 0, 5, ?, 0.9, "
          + "TIMESTAMP '2026-11-01 10:00:00')", ARREST.substring(0, 5));
      h.execute("INSERT INTO claim_arg (claim_id, role, local_id, entity_id, type) "
          + "VALUES (1, 'SUBJECT', 'e1', 1, 'MEMBER_OF')");
      h.execute("INSERT INTO claim_arg (claim_id, role, local_id, entity_id, type) "
          + "VALUES (1, 'OBJECT', 'e2', 2, 'MEMBER_OF')");
    }
    String said = stderrOfOpening(old);
    // a build of a minute or more must not look like a hang
    assertThat(said).contains("Building the entity-page summaries of this store "
        + "from its claims (1 of them").contains("Built the entity-page summaries in");
    try (Database upgraded = Database.open(old)) {
      org.marsad.kb.query.Profile p = new org.marsad.kb.query.Questions(upgraded.handle(), ingestor.nameKey())
          .profile("person/p");
      assertThat(p.affiliations()).singleElement().satisfies(f -> {
        assertThat(f.type()).isEqualTo(RelationType.MEMBER_OF);
        assertThat(f.evidenceTotal()).isEqualTo(1);
        assertThat(f.confidence().derivation()).startsWith("1 report, best B2");
        assertThat(f.when()).hasValue(java.time.LocalDate.of(2016, 5, 1));
      });
    }
  }

  @Test
  void aNewStoreOpensWithoutTalkingOfAnUpgrade() {
    assertThat(stderrOfOpening(location(dir.resolve("fresh")))).doesNotContain("entity-page summaries");
  }

  /** What opening (and closing) a store writes to stderr, where progress of a long upgrade goes. */
  private static String stderrOfOpening(StoreLocation at) {
    java.io.PrintStream err = System.err;
    java.io.ByteArrayOutputStream said = new java.io.ByteArrayOutputStream();
    System.setErr(new java.io.PrintStream(said, true, StandardCharsets.UTF_8));
    try {
      Database.open(at).close();
    } finally {
      System.setErr(err);
    }
    return said.toString(StandardCharsets.UTF_8);
  }
}
