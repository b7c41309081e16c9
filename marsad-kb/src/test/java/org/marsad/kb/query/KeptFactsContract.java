package org.marsad.kb.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.extract.Role;
import org.marsad.kb.Fixtures;
import org.marsad.kb.grade.Credibility;
import org.marsad.kb.grade.Grade;
import org.marsad.kb.grade.Reliability;
import org.marsad.kb.ingest.IngestOptions;
import org.marsad.kb.ingest.Ingestor;
import org.marsad.kb.ingest.Reextractor;
import org.marsad.kb.resolve.Corrections;
import org.marsad.kb.store.Claims;
import org.marsad.kb.store.Database;
import org.marsad.kb.store.FactSummaries;
import org.marsad.kb.store.Recency;
import org.marsad.kb.store.ReportRemoval;
import org.marsad.kb.store.StoreLocation;
import org.marsad.kb.store.StoredClaim;

/**
 * Entity pages read what the store keeps (fact summaries, last places) instead of every claim. After every change
 * that touches claims or entities, each entity's page must say exactly what building its facts from the claims
 * says: the same affiliations with the same entities, event time, confidence, modality and evidence count, the
 * best-graded newest evidence first, every piece of evidence once through the pages, and the same last place.
 * Run on every backend, over the sample corpus.
 */
abstract class KeptFactsContract {
  private static final Instant NOW = Instant.parse("2026-11-02T10:00:00Z");

  @TempDir
  Path dir;
  StoreLocation location;
  Database db;
  Ingestor ingestor;

  abstract StoreLocation location(Path dir);

  static Path samples() {
    return Path.of(System.getProperty("marsad.samples", "../samples"));
  }

  @BeforeEach
  void open() throws IOException {
    assumeTrue(Files.isDirectory(samples()), "the sample corpus is not at " + samples().toAbsolutePath());
    location = location(dir);
    db = Database.open(location);
    ingestor = new Ingestor(db, Fixtures.extractor(), Fixtures.clockAt("2026-11-01T10:00:00Z"));
    List<Path> texts;
    try (Stream<Path> files = Files.list(samples())) {
      texts = files.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
    }
    // two sources of different grades, and reports of doubtful credibility, so that grades order the evidence
    for (int i = 0; i < texts.size(); i++) {
      IngestOptions o = i % 2 == 0 ? IngestOptions.defaults().withSource("wire").withReliability(Reliability.B)
          : IngestOptions.defaults().withSource("forum").withReliability(Reliability.E)
              .withCredibility(Credibility.DOUBTFUL);
      ingestor.ingest(Fixtures.report(texts.get(i).getFileName().toString(),
          Files.readString(texts.get(i), StandardCharsets.UTF_8), "2020-01-0" + (1 + i % 9)), o);
    }
  }

  @AfterEach
  void close() {
    if (db != null) {
      db.close();
    }
  }

  private Questions questions() {
    return new Questions(db.handle(), ingestor.nameKey());
  }

  @Test
  void afterIngestEveryPageSaysWhatTheClaimsSay() {
    assertThat(assertPagesMatchClaims()).isGreaterThan(20);
  }

  @Test
  void aHandMergeJoinsTheFactsOfBothEntities() {
    long before = evidenceOf("Mokhtar Belmokhtar", "SPLIT_FROM");
    new Corrections(db.handle(), ingestor.nameKey()).merge("al-Qaeda in the Islamic Maghreb", "al-Qaeda",
        "one organisation for this test", NOW);
    // Belmokhtar split from both; merged, the two kept rows are one fact with the evidence of both
    assertThat(evidenceOf("Mokhtar Belmokhtar", "SPLIT_FROM")).isEqualTo(before);
    assertThat(questions().profile("Mokhtar Belmokhtar").affiliations()
        .stream().filter(f -> f.type().name().equals("SPLIT_FROM")).count()).isEqualTo(1);
    assertPagesMatchClaims();
  }

  @Test
  void undoingAMergeSeparatesThemAgain() {
    Corrections c = new Corrections(db.handle(), ingestor.nameKey());
    c.merge("al-Qaeda in the Islamic Maghreb", "al-Qaeda", "one organisation for this test", NOW);
    c.unmerge("al-Qaeda", "two after all", NOW.plusSeconds(60));
    assertThat(questions().profile("Mokhtar Belmokhtar").affiliations()
        .stream().filter(f -> f.type().name().equals("SPLIT_FROM")).count()).isEqualTo(2);
    assertPagesMatchClaims();
  }

  @Test
  void splittingANameOffMovesItsFacts() {
    Corrections c = new Corrections(db.handle(), ingestor.nameKey());
    c.merge("Lokmane Abou Sakhr", "Mhmd Wld Nouini", "looked like one man", NOW);
    String alias = questions().profile("Mhmd Wld Nouini").aliases().get(0);
    c.splitAlias("Lokmane Abou Sakhr", alias, "two men after all", NOW.plusSeconds(60));
    assertPagesMatchClaims();
  }

  @Test
  void removingAReportTakesItsEvidenceOut() {
    long affiliations = db.handle().createQuery("SELECT c.report_id FROM claim c WHERE c.type IN ('LEADER_OF', "
        + "'MEMBER_OF') GROUP BY c.report_id ORDER BY COUNT(*) DESC, c.report_id LIMIT 1").mapTo(Long.class).one();
    long places = db.handle().createQuery("SELECT c.report_id FROM entity_last_place l JOIN claim c "
        + "ON c.id = l.claim_id GROUP BY c.report_id ORDER BY COUNT(*) DESC, c.report_id LIMIT 1").mapTo(Long.class)
        .one();
    db.handle().useTransaction(tx -> ReportRemoval.remove(tx, affiliations));
    if (places != affiliations) {
      db.handle().useTransaction(tx -> ReportRemoval.remove(tx, places));
    }
    assertPagesMatchClaims();
  }

  @Test
  void gradingASourceAgainReordersAndReweighsItsEvidence() {
    ingestor.ingest(Fixtures.report("late.txt", "خبر لا علاقة له بالموضوع.", "2021-01-01"),
        IngestOptions.defaults().withSource("forum").withReliability(Reliability.A));
    assertThat(questions().profile("Iyad Ag Ghaly").affiliations()).allSatisfy(f -> f.evidence()
        .forEach(e -> assertThat(Grade.parse(e.grade()).reliability()).isIn(Reliability.A, Reliability.B)));
    assertPagesMatchClaims();
  }

  @Test
  void reextractionRebuildsThemAndKeepsHandCorrections() {
    new Corrections(db.handle(), ingestor.nameKey()).merge("al-Qaeda in the Islamic Maghreb", "al-Qaeda",
        "one organisation for this test", NOW);
    new Reextractor(db, Fixtures.extractor(), Fixtures.clockAt("2026-11-03T10:00:00Z")).run(id -> { });
    assertThat(questions().profile("Mokhtar Belmokhtar").affiliations()
        .stream().filter(f -> f.type().name().equals("SPLIT_FROM")).count()).isEqualTo(1);
    assertPagesMatchClaims();
  }

  @Test
  void aStoreWithoutThemBuildsThemWhenOpened() {
    int before = assertPagesMatchClaims();
    db.handle().execute("UPDATE summary_state SET version = 0");
    db.handle().execute("DELETE FROM fact_evidence");
    db.handle().execute("DELETE FROM fact_summary_arg");
    db.handle().execute("DELETE FROM fact_summary");
    db.handle().execute("DELETE FROM entity_last_place");
    db.close();
    db = Database.open(location);
    ingestor = new Ingestor(db, Fixtures.extractor(), Fixtures.clockAt("2026-11-01T10:00:00Z"));
    assertThat(assertPagesMatchClaims()).isEqualTo(before);
  }

  /**
   * A batch keeps the summaries through its cache (SummaryCache): it must write exactly what building them from
   * the claims writes, even when another writer changes the facts it has cached in the middle of the batch (here
   * a source graded again, which recounts facts the batch also adds to).
   */
  @Test
  void aBatchKeepsWhatBuildingFromTheClaimsKeeps() throws IOException {
    List<Path> texts;
    try (Stream<Path> files = Files.list(samples())) {
      texts = files.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
    }
    List<org.marsad.kb.source.SourceItem> batch = new ArrayList<>();
    for (int copy = 0; copy < 2; copy++) { // each fact twice in the batch: the second time from the cache
      for (int i = 0; i < texts.size(); i++) {
        batch.add(Fixtures.report("batch-" + copy + "-" + texts.get(i).getFileName(), Files.readString(texts.get(i),
            StandardCharsets.UTF_8) + "\n\nنسخة " + copy, "2020-02-0" + (1 + (i + copy) % 9)));
      }
    }
    java.util.Iterator<org.marsad.kb.source.SourceItem> items = batch.iterator();
    int[] pulled = {0};
    java.util.Iterator<org.marsad.kb.source.SourceItem> regradedHalfway = new java.util.Iterator<>() {
      @Override
      public boolean hasNext() {
        return items.hasNext();
      }

      @Override
      public org.marsad.kb.source.SourceItem next() {
        if (++pulled[0] == batch.size() * 3 / 4) {
          db.inTransaction(h -> new org.marsad.kb.store.Sources(h).ensure("forum", Optional.of(Reliability.A),
              Optional.empty(), NOW));
        }
        return items.next();
      }
    };
    List<org.marsad.kb.ingest.Outcome> outcomes = new ArrayList<>();
    ingestor.ingestAll(regradedHalfway, IngestOptions.defaults().withSource("agency")
        .withReliability(Reliability.C), outcomes::add);
    assertThat(outcomes).allMatch(o -> o instanceof org.marsad.kb.ingest.Outcome.Ingested);
    assertPagesMatchClaims();
    List<List<Object>> kept = keptRows();
    db.handle().execute("UPDATE summary_state SET version = 0");
    db.close();
    db = Database.open(location);
    assertThat(keptRows()).isEqualTo(kept);
  }

  /** Everything kept for entity pages, by fact key rather than row id (a rebuild numbers the rows anew). */
  private List<List<Object>> keptRows() {
    List<List<Object>> out = new ArrayList<>();
    for (String sql : List.of("SELECT f.fact_key, f.type, f.first_when, f.tally, f.shown FROM fact_summary f "
            + "ORDER BY f.fact_key",
        "SELECT f.fact_key, a.role, a.entity_id, a.type FROM fact_summary_arg a JOIN fact_summary f "
            + "ON f.id = a.fact_id ORDER BY f.fact_key, a.role, a.entity_id",
        "SELECT e.claim_id, f.fact_key, e.grade, e.modality, e.recency FROM fact_evidence e JOIN fact_summary f "
            + "ON f.id = e.fact_id ORDER BY e.claim_id",
        "SELECT entity_id, recency, claim_id FROM entity_last_place ORDER BY entity_id")) {
      db.handle().createQuery(sql).map((rs, ctx) -> {
        List<Object> row = new ArrayList<>();
        for (int c = 1; c <= rs.getMetaData().getColumnCount(); c++) {
          row.add(String.valueOf(rs.getObject(c)));
        }
        return row;
      }).forEach(out::add);
    }
    return out;
  }

  @Test
  void aReferenceToNoFactIsUnknownAndABadCursorIsRefused() {
    Questions q = questions();
    Fact f = q.profile("Iyad Ag Ghaly").affiliations().get(0);
    FactRef ref = FactRef.of(f);
    FactRef other = new FactRef(ref.type(), Map.of(Role.SUBJECT, List.of(999_999L), Role.OBJECT, List.of(1L)));
    assertThatThrownBy(() -> q.evidence(other, Optional.empty(), 10)).isInstanceOf(UnknownFactException.class)
        .hasMessageContaining(other.toString());
    assertThatThrownBy(() -> q.evidence(ref, Optional.of("not-a-cursor!"), 10))
        .isInstanceOf(BadReferenceException.class).hasMessageContaining("not-a-cursor!");
    assertThat(FactRef.parse(ref.toString())).isEqualTo(ref);
  }

  private long evidenceOf(String entity, String type) {
    return questions().profile(entity).affiliations().stream().filter(f -> f.type().name().equals(type))
        .mapToLong(Fact::evidenceTotal).sum();
  }

  /**
   * Compares every entity's page with the facts built from its claims; returns how many affiliations were
   * compared.
   */
  private int assertPagesMatchClaims() {
    Questions q = questions();
    List<Long> named = db.handle().createQuery("SELECT DISTINCT COALESCE(e.merged_into, e.id) FROM claim_arg a "
        + "JOIN entity e ON e.id = a.entity_id ORDER BY 1").mapTo(Long.class).list();
    int compared = 0;
    for (long id : named) {
      String ident = q.entity(id).ident();
      Profile p = q.profile(ident);
      Map<String, Fact> expected = new HashMap<>();
      q.relations(Questions.AFFILIATIONS, Optional.empty(), Optional.of(ident)).stream()
          .filter(f -> f.arg(Role.SUBJECT).contains(id) || f.arg(Role.OBJECT).contains(id))
          .forEach(f -> expected.put(FactRef.of(f).toString(), f));
      assertThat(p.affiliations()).as("affiliations of %s", ident).hasSize(expected.size());
      LocalDate last = LocalDate.MIN;
      for (Fact kept : p.affiliations()) {
        Fact full = expected.get(FactRef.of(kept).toString());
        assertThat(full).as("%s on the page of %s", FactRef.of(kept), ident).isNotNull();
        assertThat(kept.when()).isEqualTo(full.when());
        assertThat(kept.confidence()).isEqualTo(full.confidence());
        assertThat(kept.modality()).isEqualTo(full.modality());
        assertThat(kept.contradicted()).isEqualTo(full.contradicted());
        assertThat(kept.evidenceTotal()).isEqualTo(full.evidence().size());
        List<Long> best = bestFirst(full.evidence());
        assertThat(ids(kept.evidence())).isEqualTo(best.subList(0, Math.min(FactSummaries.SHOWN, best.size())));
        assertThat(paged(q, FactRef.of(kept))).as("pages of %s", FactRef.of(kept)).isEqualTo(best);
        LocalDate when = kept.when().orElse(LocalDate.MAX);
        assertThat(when).isAfterOrEqualTo(last);
        last = when;
        compared++;
      }
      assertThat(p.lastSeen().map(ls -> ls.evidence().claim().id())).as("last place of %s", ident)
          .isEqualTo(newestPlaced(q, id));
      assertThat(pagesOfTwo(q, ident)).as("affiliations of %s two at a time", ident)
          .isEqualTo(p.affiliations().stream().map(f -> FactRef.of(f).toString()).toList());
      assertThat(p.affiliationsTotal()).isEqualTo(p.affiliations().size());
    }
    return compared;
  }

  /** Every affiliation of an entity's page, asked two at a time, each page saying how many there are in all. */
  private static List<String> pagesOfTwo(Questions q, String ident) {
    List<String> out = new ArrayList<>();
    int total = q.profile(ident, 0, 2).affiliationsTotal();
    for (int offset = 0; offset < total + 2; offset += 2) {
      Profile page = q.profile(ident, offset, 2);
      assertThat(page.affiliationsTotal()).isEqualTo(total);
      page.affiliations().forEach(f -> out.add(FactRef.of(f).toString()));
    }
    return out;
  }

  /** Every piece of evidence, two at a time. */
  private static List<Long> paged(Questions q, FactRef ref) {
    List<Long> out = new ArrayList<>();
    Optional<String> cursor = Optional.empty();
    do {
      EvidencePage page = q.evidence(ref, cursor, 2);
      out.addAll(ids(page.items()));
      assertThat(page.total()).isGreaterThanOrEqualTo(out.size());
      cursor = page.next();
    } while (cursor.isPresent());
    return out;
  }

  private static List<Long> bestFirst(List<Fact.Evidence> evidence) {
    return evidence.stream().sorted(Comparator.comparing((Fact.Evidence e) -> Grade.parse(e.grade()))
            .thenComparingInt(e -> Recency.of(e.when())).thenComparingLong(e -> e.claim().id()))
        .map(e -> e.claim().id()).toList();
  }

  private static List<Long> ids(List<Fact.Evidence> evidence) {
    return evidence.stream().map(e -> e.claim().id()).toList();
  }

  /** The newest claim naming the entity and a place, by event time then storage, read from the claims. */
  private Optional<Long> newestPlaced(Questions q, long id) {
    if (q.entity(id).type() == org.marsad.extract.EntityType.LOCATION) {
      return Optional.empty();
    }
    return new Claims(db.handle()).find(org.marsad.kb.store.ClaimFilter.all().withEntity(id)).stream()
        .filter(c -> !c.arg(Role.LOCATION).isEmpty() || !c.arg(Role.DESTINATION).isEmpty()
            || !c.arg(Role.ORIGIN).isEmpty())
        .min(Comparator.comparingInt((StoredClaim c) -> Recency.of(Recency.when(c.earliest(), c.latest(),
            published(c.reportId())))).thenComparing(Comparator.comparingLong(StoredClaim::id).reversed()))
        .map(StoredClaim::id);
  }

  private Optional<LocalDate> published(long reportId) {
    return new org.marsad.kb.store.Reports(db.handle()).byId(reportId).orElseThrow().published();
  }

}
