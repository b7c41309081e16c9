package org.marsad.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.app.eval.Corpus;
import org.marsad.app.eval.Gold;
import org.marsad.extract.EntityType;
import org.marsad.extract.Extractor;
import org.marsad.extract.Modality;
import org.marsad.extract.RelationType;
import org.marsad.extract.Role;
import org.marsad.kb.KbException;
import org.marsad.kb.ingest.IngestOptions;
import org.marsad.kb.ingest.Ingestor;
import org.marsad.kb.query.Fact;
import org.marsad.kb.query.Profile;
import org.marsad.kb.query.Questions;
import org.marsad.kb.store.Database;
import org.marsad.kb.store.StoreLocation;
import org.marsad.kb.store.StoredEntity;

/**
 * The knowledge base over the whole sample corpus, asked about facts that the gold files state. The first half
 * of the corpus is ingested on one day and the second half a month later, so "changes since" has an answer.
 */
class KbSampleCorpusTest {
  private static final Instant FIRST_BATCH = Instant.parse("2026-01-05T09:00:00Z");
  private static final Instant SECOND_BATCH = Instant.parse("2026-02-05T09:00:00Z");
  @TempDir
  static Path dir;
  private static Database db;
  private static Questions questions;
  private static List<Corpus.Document> docs;
  private static List<Corpus.Document> firstHalf;
  private static List<Corpus.Document> secondHalf;

  @BeforeAll
  static void ingestTheCorpus() {
    docs = Corpus.list(SharedData.samples());
    firstHalf = docs.subList(0, docs.size() / 2);
    secondHalf = docs.subList(docs.size() / 2, docs.size());
    db = Database.open(StoreLocation.embedded(dir));
    Extractor extractor = Extractor.withBuiltInLexicons();
    Ingestor first = new Ingestor(db, extractor, java.time.Clock.fixed(FIRST_BATCH, ZoneOffset.UTC));
    firstHalf.forEach(d -> first.ingest(DemoCommand.report(d), IngestOptions.defaults()));
    Ingestor second = new Ingestor(db, extractor, java.time.Clock.fixed(SECOND_BATCH, ZoneOffset.UTC));
    secondHalf.forEach(d -> second.ingest(DemoCommand.report(d), IngestOptions.defaults()));
    questions = new Questions(db.handle(), first.nameKey());
  }

  @AfterAll
  static void close() {
    db.close();
  }

  private static Gold gold(String prefix) {
    return Gold.read(docs.stream().filter(d -> d.name().startsWith(prefix)).findFirst().orElseThrow().gold());
  }

  private static Gold.GoldRelation relation(Gold g, String id) {
    return g.relations().stream().filter(r -> r.id().equals(id)).findFirst().orElseThrow();
  }

  /** The knowledge-base entity behind a gold entity key, found through the gold surfaces. */
  private static Optional<StoredEntity> entity(Gold g, String key) {
    Gold.GoldEntity e = g.entities().stream().filter(x -> x.key().equals(key)).findFirst().orElseThrow();
    for (String surface : e.surfaces()) {
      try {
        return Optional.of(questions.entity(surface));
      } catch (KbException notThisSurface) {
        // try the next spelling the gold gives
      }
    }
    return Optional.empty();
  }

  private static List<Fact> facts(RelationType type, LocalDate asOf, StoredEntity subject, StoredEntity object) {
    return questions.relations(Set.of(type), Optional.of(asOf), Optional.empty()).stream()
        .filter(f -> f.arg(Role.SUBJECT).contains(subject.id()) && f.arg(Role.OBJECT).contains(object.id()))
        .toList();
  }

  @Test
  void aPartOfStatedByTwoReportsHoldsAsOfLaterDatesWithBothReportsAsEvidence() {
    Gold g10 = gold("ar-10");
    Gold.GoldRelation r = relation(g10, "R3");
    assertThat(r.type()).isEqualTo(RelationType.PART_OF);
    StoredEntity macina = entity(g10, r.roles().get("subject").get(0)).orElseThrow();
    StoredEntity jnim = entity(g10, r.roles().get("object").get(0)).orElseThrow();
    List<Fact> asOf2019 = facts(RelationType.PART_OF, LocalDate.of(2019, 12, 31), macina, jnim);
    assertThat(asOf2019).singleElement().satisfies(f -> {
      assertThat(f.evidence()).hasSize(2);
      assertThat(f.confidence().derivation()).startsWith("2 reports");
    });
    assertThat(facts(RelationType.PART_OF, LocalDate.of(2016, 12, 31), macina, jnim)).isEmpty();
  }

  @Test
  void aDeniedPledgeIsNeverAnsweredAsAsserted() {
    Gold g = gold("ar-03");
    Gold.GoldRelation r = relation(g, "R1");
    assertThat(r.modality()).isEqualTo(Modality.DENIED);
    StoredEntity mourabitoun = entity(g, r.roles().get("subject").get(0)).orElseThrow();
    StoredEntity isis = entity(g, r.roles().get("object").get(0)).orElseThrow();
    List<Fact> pledges = facts(RelationType.PLEDGED_ALLEGIANCE, LocalDate.of(2015, 12, 31), mourabitoun, isis);
    assertThat(pledges).isNotEmpty();
    assertThat(pledges).allSatisfy(f -> assertThat(f.modality()).isNotEqualTo(Modality.ASSERTED));
  }

  @Test
  void aPledgeDatedByItsOwnTimeExpressionStartsThatYear() {
    Gold g = gold("fr-04");
    Gold.GoldRelation r = relation(g, "R12");
    StoredEntity sahrawi = entity(g, r.roles().get("subject").get(0)).orElseThrow();
    StoredEntity isgs = questions.entity("Islamic State in the Greater Sahara");
    StoredEntity is = entity(g, r.roles().get("object").get(0)).orElseThrow();
    List<Fact> asOf2016 = questions.relations(Set.of(RelationType.PLEDGED_ALLEGIANCE),
        Optional.of(LocalDate.of(2016, 1, 1)), Optional.of("Adnan Abu Walid al-Sahrawi"));
    assertThat(asOf2016).anySatisfy(f -> {
      assertThat(f.arg(Role.SUBJECT)).contains(sahrawi.id());
      assertThat(f.arg(Role.OBJECT)).containsAnyOf(is.id(), isgs.id());
      assertThat(f.when()).hasValueSatisfying(d -> assertThat(d.getYear()).isEqualTo(2015));
    });
    assertThat(questions.relations(Set.of(RelationType.PLEDGED_ALLEGIANCE), Optional.of(LocalDate.of(2014, 12, 31)),
        Optional.of("Adnan Abu Walid al-Sahrawi"))).isEmpty();
  }

  @Test
  void theProfileOfAPersonGathersEveryReportAndTheAffiliationTheGoldStates() {
    Gold g = gold("ar-01");
    Gold.GoldRelation r = relation(g, "R10");
    StoredEntity signedInBlood = entity(g, r.roles().get("object").get(0)).orElseThrow();
    Profile p = questions.profile("مختار بلمختار");
    long goldReports = docs.stream().filter(d -> Gold.read(d.gold()).entities().stream()
        .anyMatch(e -> e.key().equals("belmokhtar"))).count();
    assertThat(p.entity().lexiconId()).hasValue("person/mokhtar-belmokhtar");
    assertThat(p.reports()).isGreaterThanOrEqualTo((int) goldReports);
    assertThat(p.affiliations()).anySatisfy(f -> {
      assertThat(f.type()).isEqualTo(RelationType.LEADER_OF);
      assertThat(f.arg(Role.OBJECT)).contains(signedInBlood.id());
    });
    assertThat(questions.profile("Mokhtar Belmokhtar").entity().id()).isEqualTo(p.entity().id());
  }

  @Test
  void everySpellingTheIssueNamesFindsTheOneBelmokhtar() {
    long id = questions.entity("مختار بلمختار").id();
    for (String name : List.of("Mokhtar Belmokhtar", "Belmokhtar Mokhtar", "Laaouar", "الأعور",
        "person/mokhtar-belmokhtar")) {
      assertThat(questions.entity(name).id()).as(name).isEqualTo(id);
    }
  }

  @Test
  void changesSinceTheSecondBatchNameTheEntitiesOnlyItBrought() {
    Set<String> firstKeys = new HashSet<>();
    Set<Long> firstIds = new HashSet<>();
    for (Corpus.Document d : firstHalf) {
      Gold g = Gold.read(d.gold());
      for (Gold.GoldEntity e : g.entities()) {
        firstKeys.add(e.key());
        entity(g, e.key()).ifPresent(x -> firstIds.add(x.id()));
      }
    }
    Set<Long> onlySecond = new HashSet<>();
    for (Corpus.Document d : secondHalf) {
      Gold g = Gold.read(d.gold());
      for (Gold.GoldEntity e : g.entities()) {
        if (!firstKeys.contains(e.key()) && (e.type() == EntityType.PERSON || e.type() == EntityType.ARMED_GROUP)) {
          // actors a report does not name ("سبعة مدنيين") are not news of their own
          entity(g, e.key()).filter(x -> !firstIds.contains(x.id()) && !x.unnamed())
              .ifPresent(x -> onlySecond.add(x.id()));
        }
      }
    }
    Set<Long> changed = new HashSet<>();
    questions.changes(SECOND_BATCH).newEntities().forEach(e -> changed.add(e.id()));
    assertThat(onlySecond).isNotEmpty();
    assertThat(changed).containsAll(onlySecond);
    org.marsad.kb.store.Reports reports = new org.marsad.kb.store.Reports(db.handle());
    for (Long id : changed) {
      assertThat(new org.marsad.kb.store.Mentions(db.handle()).of(id))
          .as("mentions of new entity %s", questions.entity(id).name())
          .allSatisfy(m -> assertThat(reports.byId(m.reportId()).orElseThrow().ingestedAt()).isEqualTo(SECOND_BATCH));
    }
  }

  @Test
  void changesSinceTheSecondBatchHoldOnlyFactsWithSecondBatchEvidence() {
    var c = questions.changes(SECOND_BATCH);
    assertThat(c.newRelations()).isNotEmpty();
    for (Fact f : c.newRelations()) {
      assertThat(f.evidence()).allSatisfy(e -> assertThat(e.claim().ingestedAt()).isEqualTo(SECOND_BATCH));
    }
  }
}
