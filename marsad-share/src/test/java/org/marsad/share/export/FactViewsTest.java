package org.marsad.share.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.kb.Fixtures;
import org.marsad.kb.store.Database;
import org.marsad.kb.store.StoreLocation;
import org.marsad.share.TestData;
import org.marsad.share.account.Account;
import org.marsad.share.account.Role;
import org.marsad.share.audit.AuditGate;
import org.marsad.share.marking.MarkingTarget;
import org.marsad.share.marking.Markings;
import org.marsad.share.partner.CredentialKey;
import org.marsad.share.partner.Partner;
import org.marsad.share.partner.Partners;
import org.marsad.share.partner.Rules;
import org.marsad.share.stix.MarsadExtension;
import org.marsad.share.stix.StixJson;
import org.marsad.share.stix.Tlp;
import org.marsad.share.taxii.Caller;
import org.marsad.share.taxii.MediaTypes;
import org.marsad.share.taxii.Publication;
import org.marsad.share.taxii.TaxiiException;
import org.marsad.share.taxii.TaxiiRequest;
import org.marsad.share.taxii.TaxiiResponse;
import org.marsad.share.taxii.TaxiiService;
import tools.jackson.databind.JsonNode;

/**
 * "Never this source": a fact resting on the excluded source and on another reaches the partner as its view, made
 * from the other source's evidence alone, and nothing that quotes or names the excluded source does.
 * El Watan's report (ar-02) and the Secret Source's (fr-02) both say Iyad Ag Ghaly leads Ansar Dine.
 */
class FactViewsTest {
  private static final String SECRET = "Secret Source";
  private static final Rules NEVER_SECRET = new Rules(Tlp.AMBER, Set.of(), Set.of(), Set.of(SECRET));
  @TempDir
  Path dir;
  Database db;

  @BeforeEach
  void twoSources() {
    db = Database.open(StoreLocation.embedded(dir.resolve("algiers")));
    TestData.ingestSamples(db, path -> path.endsWith("ar-02-jnim-merger.ar.txt"), "El Watan");
    TestData.ingestSamples(db, path -> path.endsWith("fr-02-bah-ag-moussa.fr.txt"), SECRET);
    db.inTransaction(h -> {
      new Partners(h).add(new Partner("Paris", URI.create("https://paris.invalid/taxii2/marsad/"), Optional.empty(),
          Optional.empty(), "picture", "inbox", NEVER_SECRET, Partner.SendMode.MANUAL), "a:b",
          CredentialKey.open(h, dir.resolve("node.key")), TestData.NOW);
      return null;
    });
  }

  @AfterEach
  void close() {
    db.close();
  }

  @Test
  void aFactOfBothSourcesHasAViewWithoutTheExcludedOnesEvidence() {
    StixExport.Publishable p = objects();
    Map<String, JsonNode> byId = byId(p.objects());
    assertThat(p.views()).isNotEmpty();
    p.views().forEach((id, v) -> {
      JsonNode view = byId.get(id);
      JsonNode full = byId.get(v.of());
      assertThat(v.withheld()).containsExactly(SECRET);
      assertThat(marsad(full).path("relation_type")).isEqualTo(marsad(view).path("relation_type"));
      assertThat(full.path("source_ref")).isEqualTo(view.path("source_ref"));
      assertThat(reportsOf(full)).containsAll(reportsOf(view)).hasSizeGreaterThan(reportsOf(view).size());
      assertThat(reportsOf(view)).doesNotContainAnyElementsOf(secretReports(byId));
      assertThat(view.toString()).doesNotContain(SECRET).doesNotContain(secretQuotes());
      assertThat(view.path("description").asString()).contains("(1 report");
    });
  }

  @Test
  void theViewOfTheLeaderOfAnsarDineIsThere() {
    StixExport.Publishable p = objects();
    Map<String, JsonNode> byId = byId(p.objects());
    assertThat(p.views().keySet().stream().map(byId::get)).anyMatch(o -> marsad(o).path("relation_type").asString()
        .equals("LEADER_OF") && name(byId, o.path("source_ref")).equals("Iyad Ag Ghaly")
        && name(byId, o.path("target_ref")).equals("Ansar Dine"));
  }

  @Test
  void reportsListTheirViewsAndTheFileHoldsNone() {
    StixExport.Publishable p = objects();
    Map<String, JsonNode> byId = byId(p.objects());
    for (String view : p.views().keySet()) {
      List<String> listing = p.objects().stream().filter(o -> o.get("type").equals("report")
          && String.valueOf(o.get("object_refs")).contains(view)).map(o -> (String) o.get("id")).toList();
      assertThat(listing).isNotEmpty().doesNotContainAnyElementsOf(secretReports(byId));
    }
    JsonNode bundle = StixJson.MAPPER.readTree(StixExport.export(db, options(), TestData.NOW).json());
    bundle.path("objects").forEach(o -> assertThat(p.views()).doesNotContainKey(o.path("id").asString()));
  }

  @Test
  void aViewIsNeverLooserThanItsFact() {
    db.inTransaction(h -> {
      secretReportShas(h).forEach(sha -> new Markings(h).set(MarkingTarget.report(sha), Tlp.RED, "analyst",
          TestData.NOW));
      return null;
    });
    StixExport.Publishable p = objects();
    Map<String, JsonNode> byId = byId(p.objects());
    p.views().keySet().forEach(id -> assertThat(byId.get(id).path("object_marking_refs").get(0).asString())
        .isEqualTo(Tlp.RED.markingId()));
  }

  @Test
  void thePartnerGetsTheViewsAndNothingOfTheExcludedSource() {
    publish();
    StixExport.Publishable p = objects();
    List<JsonNode> got = served(NEVER_SECRET);
    Set<String> ids = ids(got);
    assertThat(ids).containsAll(p.views().keySet());
    p.views().values().forEach(v -> assertThat(ids).doesNotContain(v.of()));
    assertThat(ids).doesNotContainAnyElementsOf(secretReports(byId(p.objects())));
    String all = got.toString();
    assertThat(all).doesNotContain(SECRET).doesNotContain(secretQuotes());
  }

  @Test
  void aPartnerWithoutTheRuleGetsTheFactsAndNoViews() {
    publish();
    StixExport.Publishable p = objects();
    Set<String> ids = ids(served(Rules.defaults()));
    p.views().forEach((id, v) -> {
      assertThat(ids).doesNotContain(id);
      assertThat(ids).contains(v.of());
    });
  }

  @Test
  void withdrawingAFactWithdrawsItsViewAtOnce() {
    publish();
    Map.Entry<String, StixExport.View> one = objects().views().entrySet().iterator().next();
    db.inTransaction(h -> {
      new Publication(h, TestData.NOW.plusSeconds(30)).withdraw(one.getValue().of(), "admin");
      return null;
    });
    Optional<JsonNode> view = served(NEVER_SECRET).stream().filter(o -> o.path("id").asString()
        .equals(one.getKey())).findFirst();
    assertThat(view).hasValueSatisfying(o -> assertThat(o.path("revoked").asBoolean()).isTrue());
  }

  private StixExport.Publishable objects() {
    return db.inTransaction(h -> StixExport.objects(h, options(), TestData.NOW));
  }

  private void publish() {
    db.inTransaction(h -> new Publication(h, TestData.NOW).publish(options()));
  }

  private List<JsonNode> served(Rules rules) {
    TaxiiService taxii = new TaxiiService(new TaxiiService.Settings("test", "/taxii2/", 1 << 20), new AuditGate(),
        (caller, collection, objects) -> {
          throw new TaxiiException(403, "nothing is posted here");
        }, TestData.clock());
    TaxiiResponse r = taxii.handle(db, new TaxiiRequest("GET", "marsad/collections/picture/objects/",
        Map.of("limit", List.of("10000")), MediaTypes.TAXII, null, null, Optional.of(new Caller(
            new Account("Paris", Role.PARTNER), rules))));
    assertThat(r.status()).isEqualTo(200);
    List<JsonNode> out = new ArrayList<>();
    StixJson.MAPPER.readTree(r.body()).path("objects").forEach(out::add);
    return out;
  }

  private static StixExport.Options options() {
    return StixExport.Options.of("tester").withNodeName("Algiers")
        .withCountries(Lexicons.countries(Fixtures.extractor().lexicon()));
  }

  private List<String> secretQuotes() {
    List<String> quotes = db.handle().createQuery("SELECT c.evidence FROM claim c JOIN report r ON r.id = c.report_id "
        + "JOIN source s ON s.id = r.source_id WHERE s.name = :s").bind("s", SECRET).mapTo(String.class).list();
    assertThat(quotes).isNotEmpty();
    return quotes.stream().map(q -> StixJson.MAPPER.writeValueAsString(q).replaceAll("^\"|\"$", "")).toList();
  }

  private static List<String> secretReportShas(org.jdbi.v3.core.Handle h) {
    return h.createQuery("SELECT r.sha256 FROM report r JOIN source s ON s.id = r.source_id WHERE s.name = :s")
        .bind("s", SECRET).mapTo(String.class).list();
  }

  private static List<String> secretReports(Map<String, JsonNode> byId) {
    return byId.values().stream().filter(o -> o.path("type").asString().equals("report")
        && marsad(o).path("source").asString().equals(SECRET)).map(o -> o.path("id").asString()).toList();
  }

  private static Map<String, JsonNode> byId(List<Map<String, Object>> objects) {
    Map<String, JsonNode> out = new java.util.HashMap<>();
    objects.forEach(o -> out.put((String) o.get("id"), StixJson.MAPPER.valueToTree(o)));
    return out;
  }

  private static Set<String> ids(List<JsonNode> objects) {
    Set<String> out = new java.util.HashSet<>();
    objects.forEach(o -> out.add(o.path("id").asString()));
    return out;
  }

  private static List<String> reportsOf(JsonNode fact) {
    List<String> out = new ArrayList<>();
    marsad(fact).path("evidence").forEach(e -> out.add(e.path("report_ref").asString()));
    return out;
  }

  private static String name(Map<String, JsonNode> byId, JsonNode ref) {
    return byId.get(ref.asString()).path("name").asString();
  }

  private static JsonNode marsad(JsonNode o) {
    return o.path("extensions").path(MarsadExtension.PROPERTIES);
  }
}
