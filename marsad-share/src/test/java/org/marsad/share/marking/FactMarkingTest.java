package org.marsad.share.marking;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.extract.EntityType;
import org.marsad.kb.Fixtures;
import org.marsad.kb.ingest.Ingestor;
import org.marsad.kb.query.Fact;
import org.marsad.kb.resolve.Corrections;
import org.marsad.kb.resolve.NameKey;
import org.marsad.kb.store.Database;
import org.marsad.kb.store.StoreLocation;
import org.marsad.share.TestData;
import org.marsad.share.account.Account;
import org.marsad.share.account.Role;
import org.marsad.share.audit.AuditGate;
import org.marsad.share.export.Lexicons;
import org.marsad.share.export.Picture;
import org.marsad.share.export.StixExport;
import org.marsad.share.partner.Rules;
import org.marsad.share.receive.StixImport;
import org.marsad.share.stix.MarsadExtension;
import org.marsad.share.stix.StixJson;
import org.marsad.share.stix.Tlp;
import org.marsad.share.taxii.Caller;
import org.marsad.share.taxii.MediaTypes;
import org.marsad.share.taxii.Publication;
import org.marsad.share.taxii.TaxiiRequest;
import org.marsad.share.taxii.TaxiiResponse;
import org.marsad.share.taxii.TaxiiService;
import org.marsad.share.taxii.TaxiiException;
import tools.jackson.databind.JsonNode;

/**
 * Every fact of the sample corpus keeps the marking an analyst set on it (`marsad mark --fact`): in the next export,
 * after more reports arrived and an analyst merged entities (both change the key a fact is known by), on a partner
 * node that received it, and on TAXII, where a partner whose rules stop at AMBER never gets an AMBER+STRICT or RED
 * fact. A lost marking is a marking downgrade (OpenCTI issue 4175).
 */
class FactMarkingTest {
  private static final Predicate<String> ARABIC = path -> Path.of(path).getFileName().toString().startsWith("ar-");
  @TempDir
  Path dir;

  @Test
  void everyFactCarriesTheMarkingSetOnIt() {
    try (Database db = store("algiers", name -> true)) {
      Map<String, Tlp> levels = markEveryFact(db, (i, key) -> i % 2 == 0 ? Tlp.AMBER_STRICT : Tlp.RED);
      Map<String, JsonNode> facts = factObjects(export(db));
      assertThat(facts.keySet()).containsExactlyInAnyOrderElementsOf(levels.keySet());
      facts.forEach((id, o) -> assertThat(tlp(o)).as(describe(o)).isEqualTo(levels.get(id)));
      // one of each kind was marked: relationships and sightings, and every relation type of the corpus
      assertThat(facts.values().stream().map(o -> o.path("type").asString()).distinct())
          .containsExactlyInAnyOrder("relationship", "sighting");
      assertThat(facts.values().stream().map(o -> marsad(o).path("relation_type").asString()).distinct().toList())
          .hasSizeGreaterThanOrEqualTo(12);
    }
  }

  @Test
  void aMarkingHoldsAfterMoreReportsAndAnAnalystsMerges() {
    try (Database db = store("algiers", ARABIC)) {
      Set<String> firstReports = reportIds(export(db));
      markEveryFact(db, (i, key) -> Tlp.RED);
      TestData.ingestSamples(db, ARABIC.negate());
      List<String> merged = mergeSomeEntities(db);
      Map<String, JsonNode> facts = factObjects(export(db));
      Map<String, JsonNode> marked = new TreeMap<>();
      facts.forEach((id, o) -> {
        if (!Set.copyOf(evidenceReports(o)).stream().filter(firstReports::contains).toList().isEmpty()) {
          marked.put(id, o);
        }
      });
      // the merges changed the key of some marked facts, which is all a marking was kept on before
      Map<String, FactTargets> targets = StixExport.factTargets(db.handle(), options(), TestData.NOW);
      assertThat(marked.keySet().stream().filter(id -> keyUnmarked(db, targets, id))).as("facts whose key changed "
          + "after " + merged).isNotEmpty();
      marked.values().forEach(o -> assertThat(tlp(o)).as(describe(o)).isEqualTo(Tlp.RED));
    }
  }

  @Test
  void aPartnerKeepsAReceivedMarkingWhenItsFactChanges() throws Exception {
    Path bundle = dir.resolve("algiers.json");
    try (Database algiers = store("algiers", name -> true)) {
      markEveryFact(algiers, (i, key) -> Tlp.RED);
      Files.writeString(bundle, StixExport.export(algiers, options(), TestData.NOW).json());
    }
    try (Database paris = Database.open(StoreLocation.embedded(dir.resolve("paris")))) {
      StixImport.receive(paris, new Ingestor(paris, Fixtures.extractor(), TestData.clock()), bundle, 1 << 26,
          "tester", TestData.NOW);
      mergeSomeEntities(paris);
      Map<String, JsonNode> facts = factObjects(export(paris));
      assertThat(facts).isNotEmpty();
      facts.values().forEach(o -> assertThat(tlp(o)).as(describe(o)).isEqualTo(Tlp.RED));
    }
  }

  @Test
  void aPartnerLimitedToAmberNeverGetsAStricterFact() {
    try (Database db = store("algiers", name -> true)) {
      TaxiiService taxii = new TaxiiService(new TaxiiService.Settings("test", "/taxii2/", 1 << 20), new AuditGate(),
          (caller, collection, objects) -> {
            throw new TaxiiException(403, "nothing is posted here");
          }, TestData.clock());
      publish(db);
      assertThat(served(taxii, db)).as("before marking, the AMBER partner gets the facts").isNotEmpty();
      Map<String, Tlp> levels = markEveryFact(db, (i, key) -> i % 3 == 0 ? Tlp.AMBER : i % 3 == 1
          ? Tlp.AMBER_STRICT : Tlp.RED);
      mergeSomeEntities(db);
      publish(db);
      Map<String, JsonNode> now = factObjects(export(db));
      List<JsonNode> again = served(taxii, db);
      assertThat(again).as("the facts still AMBER").isNotEmpty();
      for (JsonNode o : again) {
        String id = o.path("id").asString();
        if (o.path("revoked").asBoolean(false)) {
          continue; // what Paris held before and may no longer hold, withdrawn without anything new
        }
        assertThat(tlp(o)).as(describe(o)).isLessThanOrEqualTo(Tlp.AMBER);
        assertThat(Optional.ofNullable(now.get(id)).map(FactMarkingTest::tlp)).as(id).contains(Tlp.AMBER);
      }
      assertThat(levels.values()).contains(Tlp.AMBER_STRICT, Tlp.RED);
    }
  }

  private Database store(String name, Predicate<String> reports) {
    Database db = Database.open(StoreLocation.embedded(dir.resolve(name)));
    TestData.ingestSamples(db, reports);
    // looser than every marking set below, so that a marking that does not hold shows
    new Markings(db.handle()).set(MarkingTarget.source("samples"), Tlp.GREEN, "tester", TestData.NOW);
    return db;
  }

  /** What a level is chosen from: the fact's place in key order, and its key. */
  private interface Choice {
    Tlp level(int index, String factKey);
  }

  /**
   * Marks every fact of the store's export by the STIX id of one of its objects, as `marsad mark --fact` does;
   * returns the level each fact object should now carry.
   */
  private static Map<String, Tlp> markEveryFact(Database db, Choice choice) {
    Map<String, FactTargets> byId = new TreeMap<>(StixExport.factTargets(db.handle(), options(), TestData.NOW));
    assertThat(byId.keySet()).containsExactlyInAnyOrderElementsOf(factObjects(export(db)).keySet());
    Map<String, Tlp> byKey = new TreeMap<>();
    byId.values().stream().map(FactTargets::factKey).distinct().sorted().forEach(k -> byKey.put(k,
        choice.level(byKey.size(), k)));
    Markings markings = new Markings(db.handle());
    Set<String> done = new HashSet<>();
    Map<String, Tlp> out = new TreeMap<>();
    byId.forEach((id, targets) -> {
      if (done.add(targets.factKey())) {
        markings.set(targets, byKey.get(targets.factKey()), "analyst", TestData.NOW);
      }
      out.put(id, byKey.get(targets.factKey()));
    });
    return out;
  }

  /**
   * An analyst's merges, as `marsad entity merge` makes them: for people and for armed groups, the second entity
   * some fact names (in ident order) into the first. Returns what was merged.
   */
  private static List<String> mergeSomeEntities(Database db) {
    Picture p = Picture.read(db.handle());
    List<String> out = new ArrayList<>();
    for (EntityType type : List.of(EntityType.PERSON, EntityType.ARMED_GROUP)) {
      TreeSet<String> idents = new TreeSet<>();
      for (Fact f : p.facts()) {
        f.args().values().forEach(ids -> ids.stream().map(p.entities()::get)
            .filter(e -> e != null && e.type() == type).forEach(e -> idents.add(e.ident())));
      }
      String into = idents.pollFirst();
      String absorbed = idents.pollFirst();
      new Corrections(db.handle(), NameKey.from(Fixtures.extractor().lexicon())).merge(into, absorbed, "one person",
          TestData.NOW);
      out.add(absorbed + " into " + into);
    }
    return out;
  }

  private static boolean keyUnmarked(Database db, Map<String, FactTargets> targets, String stixId) {
    return new Markings(db.handle()).get(targets.get(stixId).key()).isEmpty();
  }

  private static void publish(Database db) {
    db.inTransaction(h -> new Publication(h, TestData.NOW).publish(options()));
  }

  /** Every fact object a partner limited to AMBER gets from the picture collection. */
  private static List<JsonNode> served(TaxiiService taxii, Database db) {
    TaxiiResponse r = taxii.handle(db, new TaxiiRequest("GET", "marsad/collections/picture/objects/",
        Map.of("limit", List.of("10000")), MediaTypes.TAXII, null, null, Optional.of(new Caller(
            new Account("Paris", Role.PARTNER), Rules.defaults()))));
    assertThat(r.status()).isEqualTo(200);
    JsonNode envelope = StixJson.MAPPER.readTree(r.body());
    assertThat(envelope.path("more").asBoolean()).isFalse();
    List<JsonNode> out = new ArrayList<>();
    envelope.path("objects").forEach(o -> {
      if (isFact(o)) {
        out.add(o);
      }
    });
    return out;
  }

  private static StixExport.Options options() {
    return StixExport.Options.of("tester").withNodeName("Algiers")
        .withCountries(Lexicons.countries(Fixtures.extractor().lexicon()));
  }

  private static JsonNode export(Database db) {
    return StixJson.MAPPER.readTree(StixExport.export(db, options(), TestData.NOW).json());
  }

  private static Map<String, JsonNode> factObjects(JsonNode bundle) {
    Map<String, JsonNode> out = new TreeMap<>();
    bundle.path("objects").forEach(o -> {
      if (isFact(o)) {
        out.put(o.path("id").asString(), o);
      }
    });
    return out;
  }

  private static boolean isFact(JsonNode o) {
    return marsad(o).path("kind").asString("").equals("fact");
  }

  private static Set<String> reportIds(JsonNode bundle) {
    Set<String> out = new HashSet<>();
    bundle.path("objects").forEach(o -> {
      if (o.path("type").asString().equals("report")) {
        out.add(o.path("id").asString());
      }
    });
    return out;
  }

  private static List<String> evidenceReports(JsonNode fact) {
    List<String> out = new ArrayList<>();
    marsad(fact).path("evidence").forEach(e -> out.add(e.path("report_ref").asString()));
    return out;
  }

  private static JsonNode marsad(JsonNode o) {
    return o.path("extensions").path(MarsadExtension.PROPERTIES);
  }

  private static Tlp tlp(JsonNode o) {
    Tlp t = Tlp.CLEAR;
    for (JsonNode ref : o.path("object_marking_refs")) {
      t = t.stricter(Tlp.byMarkingId(ref.asString()).orElse(Tlp.RED));
    }
    return t;
  }

  private static String describe(JsonNode o) {
    return o.path("id").asString() + " " + o.path("description").asString();
  }
}
