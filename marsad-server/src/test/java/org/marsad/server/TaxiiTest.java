package org.marsad.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.share.account.Accounts;
import org.marsad.share.export.NodeIdentity;
import org.marsad.share.sync.TaxiiClient;
import org.marsad.share.tls.Keystores;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every TAXII 2.1 endpoint and filter against a real HTTPS server on a free port, and every refusal: wrong
 * credentials, a partner beyond its rules, wrong media types, malformed, oversized, forged and replayed envelopes.
 * Each refusal gets its status and one audit record, and changes nothing else.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TaxiiTest {
  private static final JsonMapper JSON = JsonMapper.builder().build();
  TaxiiServer node;
  Path dir;

  @BeforeAll
  void start(@TempDir Path tmp) throws Exception {
    assumeTrue(SampleStore.available(), "the sample corpus is not at " + SampleStore.samples().toAbsolutePath());
    dir = tmp;
    node = new TaxiiServer(tmp, ServerOptions.DEFAULT_RATE * 100);
  }

  @AfterAll
  void stop() {
    if (node != null) {
      node.close();
    }
  }

  private static JsonNode json(HttpResponse<String> r) {
    return JSON.readTree(r.body());
  }

  private void assertRefused(int status, Map<String, Long> before, HttpResponse<String> r) {
    assertThat(r.statusCode()).as(r.body()).isEqualTo(status);
    assertThat(r.headers().firstValue("Content-Type")).hasValue(TaxiiServer.TAXII);
    assertThat(json(r).path("http_status").asString()).isEqualTo(String.valueOf(status));
    assertOnlyARefusalRecorded(before);
  }

  private void assertOnlyARefusalRecorded(Map<String, Long> before) {
    Map<String, Long> after = node.counts();
    assertThat(after.get("refusals")).as("one audit record").isEqualTo(before.get("refusals") + 1);
    after.remove("refusals");
    Map<String, Long> was = new java.util.TreeMap<>(before);
    was.remove("refusals");
    assertThat(after).as("nothing else changed").isEqualTo(was);
  }

  private String parisObject(String id, String creator) {
    return "{\"type\":\"threat-actor\",\"spec_version\":\"2.1\",\"id\":\"" + id + "\",\"created\":"
        + "\"2026-11-01T00:00:00.000Z\",\"modified\":\"2026-11-01T00:00:00.000Z\",\"name\":\"Katibat al-Test\","
        + "\"threat_actor_types\":[\"terrorist\"],\"created_by_ref\":\"" + creator + "\",\"object_marking_refs\":"
        + "[\"marking-definition--55d920b0-5e8b-4f79-9ee9-91f868d9b421\"]}";
  }

  private static final String PARIS = "identity--0b1d2c34-5e6f-4a7b-8c9d-0e1f2a3b4c5d";

  @Test
  void discoveryAndApiRootDescribeTheServer() throws Exception {
    JsonNode d = json(node.get(node.paris(), ""));
    HttpResponse<String> discovery = node.http.send(node.request(node.paris(), "").GET().uri(
        java.net.URI.create(node.root.replace("marsad/", ""))).build(), HttpResponse.BodyHandlers.ofString());
    assertThat(json(discovery).path("default").asString()).isEqualTo("/taxii2/marsad/");
    assertThat(json(discovery).path("api_roots").get(0).asString()).isEqualTo("/taxii2/marsad/");
    assertThat(d.path("versions").get(0).asString()).isEqualTo(TaxiiServer.TAXII);
    assertThat(d.path("max_content_length").asLong()).isEqualTo(TaxiiRoutes.MAX_ENVELOPE);
  }

  @Test
  void collectionsListsWhatTheCallerMayUse() throws Exception {
    JsonNode all = json(node.get(node.paris(), "collections/"));
    assertThat(all.path("collections").size()).isEqualTo(2);
    JsonNode tunis = json(node.get(node.tunis(), "collections/"));
    assertThat(tunis.path("collections").size()).isEqualTo(1);
    assertThat(tunis.path("collections").get(0).path("alias").asString()).isEqualTo("inbox");
    String id = all.path("collections").get(1).path("id").asString();
    JsonNode one = json(node.get(node.paris(), "collections/" + id + "/"));
    assertThat(one.path("can_read").asBoolean()).isTrue();
    assertThat(one.path("media_types").get(0).asString()).isEqualTo("application/stix+json;version=2.1");
  }

  @Test
  void objectsPageWithLimitAndNextWithoutOverlapOrGap() throws Exception {
    Set<String> seen = new HashSet<>();
    List<String> order = new ArrayList<>();
    String next = null;
    int pages = 0;
    do {
      HttpResponse<String> r = node.get(node.admin(), "collections/picture/objects/?limit=25" + (next == null ? ""
          : "&next=" + next));
      assertThat(r.statusCode()).isEqualTo(200);
      assertThat(r.headers().firstValue("X-TAXII-Date-Added-First")).isPresent();
      JsonNode page = json(r);
      page.path("objects").forEach(o -> {
        assertThat(seen.add(o.path("id").asString())).as("no object twice").isTrue();
        order.add(o.path("id").asString());
      });
      next = page.path("more").asBoolean() ? page.path("next").asString() : null;
      pages++;
    } while (next != null);
    assertThat(pages).isGreaterThan(2);
    HttpResponse<String> all = node.get(node.admin(), "collections/picture/manifest/?limit=10000");
    assertThat(json(all).path("objects").size()).isEqualTo(seen.size());
  }

  @Test
  void addedAfterReturnsOnlyLaterAdditions() throws Exception {
    HttpResponse<String> first = node.get(node.admin(), "collections/picture/objects/?limit=10");
    String last = first.headers().firstValue("X-TAXII-Date-Added-Last").orElseThrow();
    HttpResponse<String> rest = node.get(node.admin(), "collections/picture/manifest/?added_after=" + last);
    for (JsonNode m : json(rest).path("objects")) {
      assertThat(Instant.parse(m.path("date_added").asString())).isAfter(Instant.parse(last));
    }
    Set<String> firstIds = new HashSet<>();
    json(first).path("objects").forEach(o -> firstIds.add(o.path("id").asString()));
    json(rest).path("objects").forEach(o -> assertThat(firstIds).doesNotContain(o.path("id").asString()));
  }

  @Test
  void matchTypeIdVersionAndSpecVersionFilter() throws Exception {
    JsonNode reports = json(node.get(node.admin(), "collections/picture/objects/?match%5Btype%5D=report"));
    assertThat(reports.path("objects").size()).isPositive();
    reports.path("objects").forEach(o -> assertThat(o.path("type").asString()).isEqualTo("report"));
    String id = reports.path("objects").get(0).path("id").asString();
    String version = reports.path("objects").get(0).path("modified").asString();
    JsonNode byId = json(node.get(node.admin(), "collections/picture/objects/?match%5Bid%5D=" + id));
    assertThat(byId.path("objects").size()).isEqualTo(1);
    JsonNode byVersion = json(node.get(node.admin(), "collections/picture/objects/" + id + "/?match%5Bversion%5D="
        + version));
    assertThat(byVersion.path("objects").get(0).path("modified").asString()).isEqualTo(version);
    JsonNode none = json(node.get(node.admin(), "collections/picture/objects/?match%5Bspec_version%5D=2.0"));
    assertThat(none.path("objects").isMissingNode()).isTrue();
    JsonNode versions = json(node.get(node.admin(), "collections/picture/objects/" + id + "/versions/"));
    assertThat(versions.path("versions").get(0).asString()).isEqualTo(version);
  }

  @Test
  void statusOfAPostIsKeptForItsAuthor() throws Exception {
    String id = "threat-actor--6a1f4d0e-2b3c-4d5e-8f90-a1b2c3d4e5f6";
    HttpResponse<String> post = node.post(node.paris(), "collections/inbox/objects/", TaxiiServer.TAXII,
        ("{\"objects\":[" + parisObject(id, PARIS) + "]}").getBytes(StandardCharsets.UTF_8));
    assertThat(post.statusCode()).as(post.body()).isEqualTo(202);
    JsonNode status = json(post);
    assertThat(status.path("status").asString()).isEqualTo("complete");
    assertThat(status.path("success_count").asInt()).isEqualTo(1);
    String statusId = status.path("id").asString();
    assertThat(json(node.get(node.paris(), "status/" + statusId + "/")).path("id").asString()).isEqualTo(statusId);
    assertThat(node.get(node.tunis(), "status/" + statusId + "/").statusCode()).isEqualTo(404);
    long kept = node.inStore(h -> h.createQuery("SELECT COUNT(*) FROM received_object WHERE stix_id = :id")
        .bind("id", id).mapTo(Long.class).one());
    assertThat(kept).isEqualTo(1);
  }

  @Test
  void wrongCredentialsAre401() throws Exception {
    Map<String, Long> before = node.counts();
    HttpResponse<String> r = node.get(TaxiiServer.basic("Paris", "mrs_not-a-token"), "collections/");
    assertRefused(401, before, r);
    assertThat(r.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(v -> assertThat(v).contains("Basic"));
    before = node.counts();
    assertRefused(401, before, node.get(TaxiiServer.basic("root", node.parisToken), "collections/"));
    before = node.counts();
    assertRefused(401, before, node.get(null, "collections/"));
  }

  @Test
  void aPartnerBeyondItsCollectionsIs403() throws Exception {
    Map<String, Long> before = node.counts();
    assertRefused(403, before, node.get(node.tunis(), "collections/picture/objects/"));
  }

  @Test
  void aPartnerAskingForARedObjectByIdGets404() throws Exception {
    String red = node.inStore(h -> h.createQuery("SELECT stix_id FROM taxii_object WHERE object_type = 'report' "
        + "AND tlp = 'RED'").mapTo(String.class).first());
    assertThat(node.get(node.admin(), "collections/picture/objects/" + red + "/").statusCode()).isEqualTo(200);
    Map<String, Long> before = node.counts();
    assertRefused(404, before, node.get(node.paris(), "collections/picture/objects/" + red + "/"));
    assertThat(node.get(node.paris(), "collections/picture/manifest/?limit=10000").body()).doesNotContain(red);
  }

  @Test
  void aPartnerMayNotUseTheAnalystsApi() throws Exception {
    HttpResponse<String> r = node.http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(
        "https://127.0.0.1:" + node.server.port() + "/api/sources")).header("Authorization", node.paris()).build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(r.statusCode()).isEqualTo(403);
  }

  @Test
  void anotherMediaTypeIs406AndABodyOfAnotherTypeIs415() throws Exception {
    HttpResponse<String> r = node.http.send(node.request(node.paris(), "collections/").setHeader("Accept",
        "application/json").GET().build(), HttpResponse.BodyHandlers.ofString());
    assertThat(r.statusCode()).isEqualTo(406);
    Map<String, Long> before = node.counts();
    assertRefused(415, before, node.post(node.paris(), "collections/inbox/objects/", "application/json",
        "{\"objects\":[]}".getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void malformedEnvelopesAre400() throws Exception {
    for (String body : List.of("{not json", "{\"objects\":5}", "[]", "{\"objects\":[{\"type\":\"threat-actor\"}]}",
        "{\"objects\":[{\"type\":\"threat-actor\",\"id\":\"indicator--6a1f4d0e-2b3c-4d5e-8f90-a1b2c3d4e5f6\"}]}")) {
      Map<String, Long> before = node.counts();
      assertRefused(400, before, node.post(node.paris(), "collections/inbox/objects/", TaxiiServer.TAXII,
          body.getBytes(StandardCharsets.UTF_8)));
    }
  }

  @Test
  void oversizedEnvelopesAre413() throws Exception {
    Map<String, Long> before = node.counts();
    String answer = node.postAnnouncingOnly(node.paris(), "collections/inbox/objects/", TaxiiServer.TAXII,
        TaxiiRoutes.MAX_ENVELOPE + 10);
    assertThat(answer).startsWith("HTTP/1.1 413").contains(TaxiiServer.TAXII).contains("\"http_status\":\"413\"");
    assertOnlyARefusalRecorded(before);
  }

  @Test
  void aForgedCreatorIs403() throws Exception {
    String own = node.inStore(h -> NodeIdentity.of(h, Optional.empty(), Instant.now()).id());
    Map<String, Long> before = node.counts();
    assertRefused(403, before, node.post(node.paris(), "collections/inbox/objects/", TaxiiServer.TAXII,
        ("{\"objects\":[" + parisObject("threat-actor--7b2f4d0e-2b3c-4d5e-8f90-a1b2c3d4e5f6", own) + "]}")
            .getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void aReplayedEnvelopeIs409() throws Exception {
    byte[] body = ("{\"objects\":[" + parisObject("threat-actor--8c3f4d0e-2b3c-4d5e-8f90-a1b2c3d4e5f6", PARIS)
        + "]}").getBytes(StandardCharsets.UTF_8);
    assertThat(node.post(node.paris(), "collections/inbox/objects/", TaxiiServer.TAXII, body).statusCode())
        .isEqualTo(202);
    Map<String, Long> before = node.counts();
    assertRefused(409, before, node.post(node.paris(), "collections/inbox/objects/", TaxiiServer.TAXII, body));
  }

  @Test
  void onlyAnAdminDeletesAndDeletingOwnObjectsRevokesThem() throws Exception {
    String id = node.inStore(h -> h.createQuery("SELECT stix_id FROM taxii_object WHERE object_type = "
        + "'relationship' AND tlp = 'AMBER' ORDER BY added DESC").mapTo(String.class).first());
    Map<String, Long> before = node.counts();
    HttpResponse<String> refused = node.http.send(node.request(node.paris(), "collections/picture/objects/" + id + "/")
        .DELETE().build(), HttpResponse.BodyHandlers.ofString());
    assertRefused(403, before, refused);
    HttpResponse<String> deleted = node.http.send(node.request(node.admin(), "collections/picture/objects/" + id
        + "/").DELETE().build(), HttpResponse.BodyHandlers.ofString());
    assertThat(deleted.statusCode()).isEqualTo(200);
    JsonNode now = json(node.get(node.paris(), "collections/picture/objects/" + id + "/"));
    assertThat(now.path("objects").get(0).path("revoked").asBoolean()).isTrue();
  }

  @Test
  void aPinnedClientCertificateSignsIn() throws Exception {
    char[] pw = "client-keystore".toCharArray();
    Path client = Keystores.selfSigned(dir.resolve("paris-client.p12"), pw, "Paris client");
    String fp = Keystores.fingerprint(Keystores.certificate(Keystores.load(client, pw)).orElseThrow());
    TaxiiClient unpinned = new TaxiiClient(new TaxiiClient.Credentials.ClientCertificate(client, pw),
        Optional.of(node.fingerprint));
    assertThat(unpinned.get(node.root + "collections/").status()).isEqualTo(401);
    node.inStore(h -> {
      new Accounts(h).pinCertificate("Paris", fp, "CN=Paris client", Instant.now());
      return null;
    });
    TaxiiClient.Response r = unpinned.get(node.root + "collections/");
    assertThat(r.status()).as(r.text()).isEqualTo(200);
  }

  @Test
  void aClientRefusesAServerWhoseCertificateIsNotThePinnedOne() {
    TaxiiClient wrongPin = new TaxiiClient(new TaxiiClient.Credentials.Basic("Paris", node.parisToken),
        Optional.of("0".repeat(64)));
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> wrongPin.get(node.root))
        .hasMessageContaining("failed");
  }
}
