package org.marsad.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.extract.Extractor;
import org.marsad.kb.store.Database;
import org.marsad.kb.store.StoreLocation;
import org.marsad.server.MarsadServer;
import org.marsad.server.ServerOptions;
import org.marsad.share.audit.AuditLog;
import org.marsad.share.audit.AuditVerifier;
import org.marsad.share.tls.Keystores;
import org.marsad.share.tls.PinnedTrust;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Two real nodes on loopback, Algiers and Paris, each with its own store; Algiers serves TAXII over HTTPS and
 * Paris syncs with `marsad partner pull` as an analyst would. Algiers shares its picture but an AMBER+STRICT fact,
 * a RED fact and anything of a source it keeps for itself (a fact that source shares with another comes without
 * its evidence); Paris never gets those, not even by id; a
 * revocation on Algiers removes the object on Paris; Paris's own work survives later syncs; a pull killed with
 * SIGKILL resumes without loss or duplicates; and both audit logs agree and verify.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TwoNodesTest {
  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final char[] PASSWORD = "algiers-keystore".toCharArray();

  Path dir;
  Path algiers;
  Path paris;
  MarsadServer server;
  String fingerprint;
  String taxii;
  String parisCredentials;
  String adminToken;
  String amberStrictFact;
  String redFact;
  String secretOnlyReport;
  String revokedFact;
  HttpClient https;

  @BeforeAll
  void twoNodes(@TempDir Path tmp) throws Exception {
    dir = tmp;
    algiers = dir.resolve("algiers");
    paris = dir.resolve("paris");
    List<String> ingest = new java.util.ArrayList<>(List.of("ingest"));
    for (String s : List.of("ar-02-jnim-merger.ar.txt", "ar-03-sahrawi-pledge-belmokhtar-denial.ar.txt",
        "ar-08-boko-haram-iswap-split.ar.txt", "en-03-al-mourabitoun-merger.en.txt")) {
      ingest.add(SharedData.samples().resolve(s).toString());
    }
    ingest.addAll(List.of("--data", algiers.toString(), "--source", "El Watan", "--reliability", "B",
        "--credibility", "2"));
    ok(Cli.run(ingest.toArray(String[]::new)));
    ok(Cli.run("ingest", SharedData.samples().resolve("fr-02-bah-ag-moussa.fr.txt").toString(), "--data",
        algiers.toString(), "--source", "Secret Source"));
    ok(Cli.run("publish", "--data", algiers.toString(), "--node", "Algiers"));
    List<String> facts = relationshipsOf(algiers, "El Watan");
    amberStrictFact = facts.get(0);
    redFact = facts.get(1);
    // a fact carried by one relationship alone: revoking it must take the fact away, not one pair of several
    revokedFact = facts.stream().skip(2).filter(id -> rolesOf(algiers, id) == 2).findFirst().orElseThrow();
    ok(Cli.run("mark", "--data", algiers.toString(), "--fact", amberStrictFact, "--tlp", "AMBER+STRICT"));
    ok(Cli.run("mark", "--data", algiers.toString(), "--fact", redFact, "--tlp", "RED"));
    ok(Cli.run("publish", "--data", algiers.toString(), "--node", "Algiers")); // the marked facts' new versions
    secretOnlyReport = sql(algiers, "SELECT stix_id FROM taxii_object WHERE object_type = 'report' AND sources = "
        + "'Secret Source'").get(0);
    Cli partner = Cli.run("partner", "add", "Paris", "--data", algiers.toString(), "--url",
        "https://paris.invalid/taxii2/marsad/", "--credentials", "algiers:unused", "--tlp", "AMBER",
        "--never-source", "Secret Source");
    ok(partner);
    parisCredentials = partner.out().substring(partner.out().indexOf("Paris:mrs_")).trim();
    Cli admin = Cli.run("account", "add", "root", "--role", "admin", "--data", algiers.toString());
    ok(admin);
    adminToken = admin.out().lines().toList().get(1).trim();

    Path keystore = Keystores.selfSigned(dir.resolve("algiers.p12"), PASSWORD, "Algiers");
    fingerprint = Keystores.fingerprint(Keystores.certificate(Keystores.load(keystore, PASSWORD)).orElseThrow());
    server = MarsadServer.start(StoreLocation.embedded(algiers), Extractor.withBuiltInLexicons(),
        ServerOptions.local(0).withTls(keystore, PASSWORD).withNodeName("Algiers"));
    taxii = "https://127.0.0.1:" + server.port() + "/taxii2/marsad/";
    SSLContext ssl = SSLContext.getInstance("TLS");
    ssl.init(null, new TrustManager[] {new PinnedTrust(fingerprint)}, null);
    https = HttpClient.newBuilder().sslContext(ssl).connectTimeout(Duration.ofSeconds(20)).build();

    ok(Cli.run("ingest", SharedData.samples().resolve("fr-05-droukdel-aqmi.fr.txt").toString(), "--data",
        paris.toString(), "--source", "Le Monde", "--reliability", "A", "--credibility", "1"));
    ok(Cli.run("partner", "add", "Algiers", "--data", paris.toString(), "--url", taxii, "--credentials",
        parisCredentials, "--fingerprint", fingerprint, "--identity", nodeIdentity(algiers)));
  }

  @AfterAll
  void stop() {
    if (server != null) {
      server.close();
    }
  }

  @Test
  @Order(1)
  void algiersSharesAReportsPictureWithParis() {
    Cli pull = Cli.run("partner", "pull", "Algiers", "--data", paris.toString(), "--page", "40");
    ok(pull);
    assertThat(pull.out()).contains("pull page 2:");
    String source = sql(paris, "SELECT s.name FROM source s WHERE s.name LIKE 'Algiers [identity--%'").get(0);
    assertThat(count(paris, "SELECT COUNT(*) FROM report r JOIN source s ON s.id = r.source_id WHERE s.name = '"
        + source + "'")).as("one report per Algiers report it may see").isEqualTo(4);
    assertThat(count(paris, "SELECT COUNT(*) FROM claim c JOIN report r ON r.id = c.report_id JOIN source s "
        + "ON s.id = r.source_id WHERE s.name = '" + source + "'")).isPositive();
    // what was received keeps its creator and markings, as sent
    assertThat(sql(paris, "SELECT body FROM received_object WHERE stix_id LIKE 'relationship--%'").get(0))
        .contains("\"created_by_ref\":\"" + nodeIdentity(algiers) + "\"", "\"object_marking_refs\":[\"marking-");
  }

  @Test
  @Order(2)
  void amberStrictRedAndSecretSourceNeverReachParisEvenById() throws Exception {
    Set<String> received = new HashSet<>(sql(paris, "SELECT stix_id FROM received_object"));
    assertThat(received).isNotEmpty().doesNotContain(amberStrictFact, redFact, secretOnlyReport);
    assertThat(received).contains(revokedFact);
    for (String id : List.of(amberStrictFact, redFact, secretOnlyReport)) {
      assertThat(get(parisCredentials, "collections/picture/objects/" + id + "/").statusCode()).as(id).isEqualTo(404);
      assertThat(get(parisCredentials, "collections/picture/objects/" + id + "/versions/").statusCode()).isEqualTo(404);
      HttpResponse<String> match = get(parisCredentials, "collections/picture/objects/?match%5Bid%5D=" + id);
      assertThat(match.statusCode()).isEqualTo(200);
      assertThat(match.body()).doesNotContain(id);
      assertThat(get(parisCredentials, "collections/picture/manifest/").body()).doesNotContain(id);
      // the node's own admin sees them: they exist, Paris's rules hide them
      assertThat(get("root:" + adminToken, "collections/picture/objects/" + id + "/").statusCode()).isEqualTo(200);
    }
    assertThat(count(algiers, "SELECT COUNT(*) FROM audit_log WHERE actor = 'Paris' AND action = 'REFUSED' AND "
        + "object_id LIKE '404 GET %" + redFact + "%'")).as("asking by id beyond the rules is audited")
        .isGreaterThanOrEqualTo(2);
  }

  @Test
  @Order(2)
  void whatTheSecretSourceSaidNeverReachesParisThoughTheFactsItSharesDo() {
    // Iyad Ag Ghaly leads Ansar Dine, say El Watan (ar-02) and the Secret Source (fr-02): Paris gets the fact as
    // its view without the Secret Source, on the strength of El Watan alone
    List<String> views = sql(algiers, "SELECT DISTINCT stix_id FROM taxii_object WHERE withheld = 'Secret Source'");
    assertThat(views).isNotEmpty();
    Set<String> received = new HashSet<>(sql(paris, "SELECT stix_id FROM received_object"));
    assertThat(received).containsAll(views);
    assertThat(received).doesNotContainAnyElementsOf(sql(algiers, "SELECT object_id FROM taxii_view"));
    assertThat(sql(paris, "SELECT body FROM received_object WHERE stix_id IN ('" + String.join("', '", views)
        + "')")).anyMatch(b -> b.contains("\"relation_type\":\"LEADER_OF\""));
    List<String> secretQuotes = sql(algiers, "SELECT c.evidence FROM claim c JOIN report r ON r.id = c.report_id "
        + "JOIN source s ON s.id = r.source_id WHERE s.name = 'Secret Source'");
    assertThat(secretQuotes).isNotEmpty();
    for (String body : sql(paris, "SELECT body FROM received_object")) {
      assertThat(body).doesNotContain("Secret Source", secretOnlyReport);
      for (String quote : secretQuotes) {
        assertThat(body).doesNotContain(JSON.writeValueAsString(quote).replaceAll("^\"|\"$", ""));
      }
    }
    for (String quote : secretQuotes) {
      assertThat(count(paris, "SELECT COUNT(*) FROM claim WHERE evidence = '" + quote.replace("'", "''") + "'"))
          .as(quote).isZero();
    }
  }

  @Test
  @Order(3)
  void aRevocationOnAlgiersRemovesTheObjectOnParis() throws Exception {
    long before = algiersClaimsOnParis();
    List<String> builtWith = sql(paris, "SELECT report_sha FROM received_report WHERE object_ids LIKE '%"
        + revokedFact + "%'");
    assertThat(builtWith).isNotEmpty();
    HttpResponse<String> delete = https.send(request("root:" + adminToken, "collections/picture/objects/"
        + revokedFact + "/").DELETE().build(), HttpResponse.BodyHandlers.ofString());
    assertThat(delete.statusCode()).as(delete.body()).isEqualTo(200);
    JsonNode now = JSON.readTree(get(parisCredentials, "collections/picture/objects/" + revokedFact + "/").body());
    assertThat(now.path("objects").get(0).path("revoked").asBoolean()).isTrue();

    ok(Cli.run("partner", "pull", "Algiers", "--data", paris.toString()));
    assertThat(sql(paris, "SELECT report_sha FROM received_report WHERE object_ids LIKE '%" + revokedFact + "%'"))
        .as("no local report is built from the revoked object any more").isEmpty();
    assertThat(algiersClaimsOnParis()).as("the revoked fact's claims are gone").isLessThan(before);
    assertThat(count(paris, "SELECT COUNT(*) FROM received_object WHERE stix_id = '" + revokedFact
        + "' AND revoked = TRUE")).isEqualTo(1);
  }

  @Test
  @Order(4)
  void parisLocalWorkSurvivesALaterSync() throws Exception {
    String source = sql(paris, "SELECT name FROM source WHERE name LIKE 'Algiers [identity--%'").get(0);
    ok(Cli.run("sources", "grade", source, "--reliability", "C", "--credibility", "3", "--data", paris.toString()));
    ok(Cli.run("mark", "--data", paris.toString(), "--source", "Le Monde", "--tlp", "RED"));
    long localClaims = count(paris, "SELECT COUNT(*) FROM claim c JOIN report r ON r.id = c.report_id JOIN source s "
        + "ON s.id = r.source_id WHERE s.name = 'Le Monde'");
    assertThat(localClaims).isPositive();

    upload("new.txt", Files.readString(SharedData.samples().resolve("ar-06-bardo-attack.ar.txt")));
    Cli pull = Cli.run("partner", "pull", "Algiers", "--data", paris.toString());
    ok(pull);
    assertThat(count(paris, "SELECT COUNT(*) FROM report r JOIN source s ON s.id = r.source_id WHERE s.name = '"
        + source + "'")).as("the new report arrived").isEqualTo(5);
    assertThat(sql(paris, "SELECT reliability || default_credibility FROM source WHERE name = '" + source + "'"))
        .as("Paris's grade of Algiers stands").containsExactly("C3");
    assertThat(sql(paris, "SELECT tlp FROM marking WHERE target_kind = 'SOURCE' AND target_key = 'Le Monde'"))
        .containsExactly("RED");
    assertThat(count(paris, "SELECT COUNT(*) FROM claim c JOIN report r ON r.id = c.report_id JOIN source s "
        + "ON s.id = r.source_id WHERE s.name = 'Le Monde'")).isEqualTo(localClaims);
  }

  @Test
  @Order(5)
  void bothAuditLogsAgreeAndVerify() {
    assertThat(Cli.run("audit", "verify", "--data", paris.toString()).code()).isZero();
    try (Database db = Database.open(StoreLocation.embedded(algiers))) {
      assertThat(new AuditVerifier(new AuditLog(db.handle())).verify(java.util.Optional.empty()).intact()).isTrue();
    }
    Set<String> sent = new HashSet<>(sql(algiers, "SELECT object_id || ' ' || object_hash FROM audit_log WHERE "
        + "actor = 'Paris' AND action = 'SENT'"));
    Set<String> received = new HashSet<>(sql(paris, "SELECT object_id || ' ' || object_hash FROM audit_log WHERE "
        + "actor = 'Algiers' AND action = 'RECEIVED'"));
    assertThat(sent).isNotEmpty().isEqualTo(received);
  }

  @Test
  @Order(6)
  void parisPushesItsOwnPictureAndNothingOfAlgiersBack() {
    ok(Cli.run("mark", "--data", paris.toString(), "--source", "Le Monde", "--tlp", "GREEN"));
    ok(Cli.run("publish", "--data", paris.toString(), "--node", "Paris"));
    Cli push = Cli.run("partner", "push", "Algiers", "--data", paris.toString(), "--page", "25");
    ok(push);
    assertThat(push.out()).contains("push page 1:");
    assertThat(sql(algiers, "SELECT DISTINCT partner FROM received_report")).containsExactly("Paris");
    assertThat(count(algiers, "SELECT COUNT(*) FROM received_report")).as("Paris's one report, no echo of Algiers's")
        .isEqualTo(1);
    assertThat(count(algiers, "SELECT COUNT(*) FROM report r JOIN source s ON s.id = r.source_id WHERE s.name LIKE "
        + "'Paris [identity--%'")).isEqualTo(1);
    Set<String> pushed = new HashSet<>(sql(paris, "SELECT object_id || ' ' || object_hash FROM audit_log WHERE "
        + "actor = 'Algiers' AND action = 'SENT'"));
    Set<String> taken = new HashSet<>(sql(algiers, "SELECT object_id || ' ' || object_hash FROM audit_log WHERE "
        + "actor = 'Paris' AND action = 'RECEIVED'"));
    assertThat(pushed).isNotEmpty().isEqualTo(taken);
    Cli again = Cli.run("partner", "push", "Algiers", "--data", paris.toString());
    ok(again);
    assertThat(again.out()).contains("pushed 0 object(s)");
  }

  @Test
  @Order(7)
  @Timeout(value = 5, unit = TimeUnit.MINUTES, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
  void aPullKilledMidwayResumesWithoutLossOrDuplicates() throws Exception {
    Path reference = dir.resolve("paris-reference");
    Path killed = dir.resolve("paris-killed");
    for (Path p : List.of(reference, killed)) {
      ok(Cli.run("partner", "add", "Algiers", "--data", p.toString(), "--url", taxii, "--credentials",
          parisCredentials, "--fingerprint", fingerprint, "--identity", nodeIdentity(algiers)));
    }
    ok(Cli.run("partner", "pull", "Algiers", "--data", reference.toString(), "--page", "7"));

    String java = ProcessHandle.current().info().command().orElse("java");
    Process p = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), Marsad.class.getName(),
        "partner", "pull", "Algiers", "--data", killed.toString(), "--page", "7").redirectErrorStream(true).start();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
      String line;
      while ((line = r.readLine()) != null) {
        if (line.startsWith("pull page 4:")) {
          p.destroyForcibly(); // SIGKILL on Linux: no shutdown hook, no commit of what was under way
          break;
        }
      }
    }
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue()).as("killed, not finished").isNotZero();
    long partial = count(killed, "SELECT COUNT(*) FROM received_object");
    assertThat(partial).as("pages taken in before the kill").isPositive()
        .isLessThan(count(reference, "SELECT COUNT(*) FROM received_object"));

    ok(Cli.run("partner", "pull", "Algiers", "--data", killed.toString(), "--page", "7"));
    for (String q : List.of("SELECT stix_id || '@' || version FROM received_object ORDER BY 1",
        "SELECT report_sha FROM received_report ORDER BY 1", "SELECT sha256 FROM report ORDER BY 1",
        "SELECT COUNT(*) FROM claim", "SELECT COUNT(*) FROM mention")) {
      assertThat(sql(killed, q)).as(q).isEqualTo(sql(reference, q));
    }
    assertThat(Cli.run("audit", "verify", "--data", killed.toString()).code()).isZero();
  }

  private long algiersClaimsOnParis() {
    return count(paris, "SELECT COUNT(*) FROM claim c JOIN report r ON r.id = c.report_id JOIN source s "
        + "ON s.id = r.source_id WHERE s.name LIKE 'Algiers [identity--%'");
  }

  private void upload(String name, String text) throws Exception {
    String boundary = "b" + System.nanoTime();
    String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"files\"; filename=\"" + name
        + "\"\r\nContent-Type: text/plain\r\n\r\n" + text + "\r\n--" + boundary + "\r\nContent-Disposition: "
        + "form-data; name=\"source\"\r\n\r\nEl Watan\r\n--" + boundary + "--\r\n";
    String base = "https://127.0.0.1:" + server.port();
    String lastBefore = get("root:" + adminToken, "collections/picture/manifest/?limit=1&match%5Bversion%5D=last")
        .headers().firstValue("X-TAXII-Date-Added-Last").orElse("");
    HttpResponse<String> r = https.send(HttpRequest.newBuilder(URI.create(base + "/api/ingest"))
        .header("Authorization", "Bearer " + adminToken)
        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
        .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(r.statusCode()).as(r.body()).isEqualTo(202);
    // the server publishes after the upload's job: wait until a report newer than before is in the collection
    for (int i = 0; i < 600; i++) {
      HttpResponse<String> m = get("root:" + adminToken, "collections/picture/manifest/?match%5Btype%5D=report"
          + (lastBefore.isEmpty() ? "" : "&added_after=" + lastBefore));
      if (JSON.readTree(m.body()).path("objects").size() > 0) {
        return;
      }
      Thread.sleep(100);
    }
    throw new AssertionError("Algiers did not publish the uploaded report");
  }

  private HttpRequest.Builder request(String credentials, String path) {
    return HttpRequest.newBuilder(URI.create(taxii + path)).header("Accept", "application/taxii+json;version=2.1")
        .header("Authorization", "Basic " + java.util.Base64.getEncoder().encodeToString(credentials.getBytes(
            StandardCharsets.UTF_8)));
  }

  private HttpResponse<String> get(String credentials, String path) throws Exception {
    return https.send(request(credentials, path).GET().build(), HttpResponse.BodyHandlers.ofString());
  }

  private static void ok(Cli c) {
    assertThat(c.code()).as(c.out() + c.err()).isZero();
  }

  /** Relationships resting only on the given source, newest version, as the node published them. */
  private static List<String> relationshipsOf(Path data, String source) {
    return sql(data, "SELECT DISTINCT stix_id FROM taxii_object WHERE object_type = 'relationship' AND sources = '"
        + source + "' ORDER BY stix_id");
  }

  /** How many entities the fact behind a published relationship links, from the Marsad extension. */
  private static int rolesOf(Path data, String relationship) {
    JsonNode o = JSON.readTree(sql(data, "SELECT body FROM taxii_object WHERE stix_id = '" + relationship
        + "' ORDER BY added DESC").get(0));
    int n = 0;
    for (JsonNode ids : o.path("extensions").path("extension-definition--9ec20a8d-4ed2-4b10-bc74-21cc0c46e294")
        .path("roles")) {
      n += ids.size();
    }
    return n;
  }

  private static String nodeIdentity(Path data) {
    return "identity--" + sql(data, "SELECT setting_value FROM share_setting WHERE setting_key = 'node.uuid'").get(0);
  }

  private static List<String> sql(Path data, String query) {
    try (Database db = Database.open(StoreLocation.embedded(data))) {
      return db.handle().createQuery(query).map((rs, ctx) -> rs.getString(1)).list();
    }
  }

  private static long count(Path data, String query) {
    return Long.parseLong(sql(data, query).get(0));
  }
}
