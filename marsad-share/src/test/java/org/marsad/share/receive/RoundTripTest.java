package org.marsad.share.receive;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.kb.Fixtures;
import org.marsad.kb.ingest.Ingestor;
import org.marsad.kb.store.Database;
import org.marsad.kb.store.StoreLocation;
import org.marsad.share.TestData;
import org.marsad.share.export.Lexicons;
import org.marsad.share.export.StixExport;
import org.marsad.share.marking.FactTargets;
import org.marsad.share.marking.MarkingTarget;
import org.marsad.share.marking.Markings;
import org.marsad.share.stix.StixJson;
import org.marsad.share.stix.Tlp;
import tools.jackson.databind.JsonNode;

/**
 * Algiers exports the sample corpus, Paris imports it and exports again: the entities, their aliases, the
 * relations with their modality and dates, and the markings come through.
 */
class RoundTripTest {
  @TempDir
  Path dir;

  @Test
  void exportImportExportKeepsThePicture() throws Exception {
    String first;
    try (Database algiers = Database.open(StoreLocation.embedded(dir.resolve("algiers")))) {
      TestData.ingestSamples(algiers);
      Markings m = new Markings(algiers.handle());
      m.set(MarkingTarget.source("samples"), Tlp.GREEN, "tester", TestData.NOW);
      first = export(algiers, "Algiers");
      // chosen by what the fact says, not by its id: ids come from a namespace each node draws at random. The
      // summary facts() makes of a fact (ends by name, modality, dates) is not unique: several sightings of one
      // actor with other targets or places share it, and markedFacts() then joins their markings ("GREEN,RED"),
      // which made a fact picked by id fail the checks below in about one run of seven (a meeting's main actor,
      // then taken in an order the two nodes did not share, did the rest). No marking was lost: every fact's own
      // marking is checked by FactMarkingTest.
      String someFact = facts(StixJson.MAPPER.readTree(first)).entrySet().stream()
          .filter(e -> e.getValue().startsWith("relationship "))
          .min(Map.Entry.comparingByValue()).orElseThrow().getKey();
      // mark one fact RED, as `marsad mark --fact` does, and export again
      m.set(factOf(algiers, someFact), Tlp.RED, "tester", TestData.NOW);
      first = export(algiers, "Algiers");
    }
    Path file = dir.resolve("algiers.json");
    Files.writeString(file, first);
    String second;
    try (Database paris = Database.open(StoreLocation.embedded(dir.resolve("paris")))) {
      StixImport.Result r = StixImport.receive(paris, new Ingestor(paris, Fixtures.extractor(), TestData.clock()),
          file, 1 << 26, "tester", TestData.NOW);
      assertThat(r.reportsStored()).isEqualTo(30);
      second = export(paris, "Paris");
    }
    JsonNode a = StixJson.MAPPER.readTree(first);
    JsonNode b = StixJson.MAPPER.readTree(second);
    assertThat(entities(b)).containsAll(entities(a));
    Map<String, Set<String>> aliasesA = aliases(a);
    Map<String, Set<String>> aliasesB = aliases(b);
    aliasesA.forEach((ident, names) -> assertThat(aliasesB.get(ident)).as(ident).containsAll(names));
    Set<String> missing = new TreeSet<>(facts(a).values());
    missing.removeAll(facts(b).values());
    // an undated event joins whichever dated claims of its kind lie next to it (FactBuilder), and the receiving
    // node holds other neighbours: such events must arrive, but may arrive grouped with others
    Set<String> undatedEvents = new TreeSet<>();
    missing.removeIf(f -> f.startsWith("sighting ") && f.contains("  [") && undatedEvents.add(f.substring(0,
        f.indexOf("  ["))));
    // KNOWN GAP (docs/SHARING.md): a few undated events do not come back under the same actor; their type does
    undatedEvents.forEach(e -> assertThat(facts(b).values()).as(e).anyMatch(f -> f.startsWith(
        e.substring(0, e.indexOf(' ', "sighting ".length())))));
    assertThat(missing).as("facts of Algiers missing in Paris's export").isEmpty();
    // a meeting is seen of the same participant on both nodes, however each listed them (even undated)
    assertThat(facts(b).values()).containsAll(facts(a).values().stream().filter(f -> f.startsWith("sighting MEETING "))
        .toList());
    assertThat(facts(b).values()).anyMatch(f -> f.contains("POSSIBLE") || f.contains("LIKELY")
        || f.contains("DENIED") || f.contains("RUMOURED"));
    Map<String, String> markedB = markedFacts(b);
    markedFacts(a).forEach((fact, marking) -> {
      if (markedB.containsKey(fact)) {
        assertThat(markedB.get(fact)).as(fact).isEqualTo(marking);
      }
    });
    assertThat(markedFacts(a).values()).contains(Tlp.RED.markingId(), Tlp.GREEN.markingId());
  }

  private static StixExport.Options options(String node) {
    return StixExport.Options.of("tester").withNodeName(node)
        .withCountries(Lexicons.countries(Fixtures.extractor().lexicon()));
  }

  private static String export(Database db, String node) {
    return StixExport.export(db, options(node), TestData.NOW).json();
  }

  /** Where the marking of a bundle's fact is kept, found the way `marsad mark` finds it. */
  private static FactTargets factOf(Database db, String stixId) {
    return StixExport.factTargets(db.handle(), stixId, options("Algiers"), TestData.NOW).orElseThrow();
  }

  private static Map<String, JsonNode> byId(JsonNode bundle) {
    Map<String, JsonNode> out = new HashMap<>();
    bundle.path("objects").forEach(o -> out.put(o.path("id").asString(), o));
    return out;
  }

  private static String name(Map<String, JsonNode> byId, String id) {
    return byId.get(id).path("name").asString();
  }

  private static JsonNode marsad(JsonNode o) {
    return o.path("extensions").path(org.marsad.share.stix.MarsadExtension.PROPERTIES);
  }

  private static Set<String> entities(JsonNode bundle) {
    Set<String> out = new TreeSet<>();
    bundle.path("objects").forEach(o -> {
      if (marsad(o).path("kind").asString("").equals("entity")) {
        out.add(marsad(o).path("entity_type").asString() + " " + o.path("name").asString());
      }
    });
    return out;
  }

  private static Map<String, Set<String>> aliases(JsonNode bundle) {
    Map<String, Set<String>> out = new HashMap<>();
    bundle.path("objects").forEach(o -> {
      if (marsad(o).path("kind").asString("").equals("entity")) {
        Set<String> names = new TreeSet<>();
        o.path("aliases").forEach(x -> names.add(x.asString()));
        o.path("x_marsad_aliases").forEach(x -> names.add(x.asString()));
        // an entity only one report names has an ident made from that report, which differs on the other node
        String ident = marsad(o).path("ident").asString();
        String key = ident.startsWith("report:") ? "one report's " + o.path("name").asString() : ident;
        out.merge(key, names, (x, y) -> {
          Set<String> both = new TreeSet<>(x);
          both.addAll(y);
          return both;
        });
      }
    });
    return out;
  }

  /** Each fact object as its type, ends by name, modality, dates and per-report modalities, by STIX id. */
  private static Map<String, String> facts(JsonNode bundle) {
    Map<String, JsonNode> byId = byId(bundle);
    Map<String, String> out = new java.util.TreeMap<>();
    bundle.path("objects").forEach(o -> {
      JsonNode x = marsad(o);
      if (!x.path("kind").asString("").equals("fact")) {
        return;
      }
      Set<String> evidence = new TreeSet<>();
      x.path("evidence").forEach(e -> evidence.add(e.path("modality").asString() + " "
          + e.path("earliest").asString("") + ".." + e.path("latest").asString("")));
      String ends = o.has("source_ref") ? name(byId, o.path("source_ref").asString()) + " > "
          + name(byId, o.path("target_ref").asString()) : name(byId, o.path("sighting_of_ref").asString());
      out.put(o.path("id").asString(), o.path("type").asString() + " " + x.path("relation_type").asString() + " "
          + ends + " " + x.path("modality").asString() + " " + o.path("start_time").asString("")
          + o.path("first_seen").asString("") + " " + evidence);
    });
    return out;
  }

  /** The marking of each fact, by its content (ids differ between nodes). */
  private static Map<String, String> markedFacts(JsonNode bundle) {
    Map<String, String> facts = facts(bundle);
    Map<String, String> out = new java.util.TreeMap<>();
    bundle.path("objects").forEach(o -> {
      if (facts.containsKey(o.path("id").asString())) {
        out.merge(facts.get(o.path("id").asString()), o.path("object_marking_refs").get(0).asString(),
            (x, y) -> String.join(",", new TreeSet<>(List.of((x + "," + y).split(",")))));
      }
    });
    return out;
  }
}
