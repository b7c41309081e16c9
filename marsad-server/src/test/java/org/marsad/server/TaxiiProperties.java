package org.marsad.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.marsad.extract.Extractor;
import org.marsad.kb.store.Database;
import org.marsad.kb.store.StoreLocation;
import org.marsad.share.account.Account;
import org.marsad.share.account.Accounts;
import org.marsad.share.account.Role;
import org.marsad.share.partner.CredentialKey;
import org.marsad.share.partner.Partner;
import org.marsad.share.partner.Partners;
import org.marsad.share.partner.Rules;
import org.marsad.share.secret.NodeKey;
import org.marsad.share.tls.Keystores;
import org.marsad.share.tls.PinnedTrust;

/**
 * Hostile input at every TAXII input: any filter value, any envelope, any Accept header, any Authorization header,
 * any object id in a path. The server answers with a TAXII status, never an internal error.
 */
class TaxiiProperties {
  private static MarsadServer server;
  private static HttpClient http;
  private static String root;
  private static String auth;

  @BeforeContainer
  static void start() throws Exception {
    Path dir = Files.createTempDirectory("marsad-taxii-props");
    StoreLocation location = StoreLocation.embedded(dir.resolve("data"));
    try (Database db = Database.open(location)) {
      String token = db.inTransaction(h -> {
        new Partners(h).add(new Partner("Paris", URI.create("https://paris.invalid/taxii2/marsad/"), Optional.empty(),
            Optional.empty(), "picture", "inbox", Rules.defaults(), Partner.SendMode.MANUAL), "a:b",
            CredentialKey.open(h, location.dataDir().resolve(NodeKey.FILE_NAME)), Instant.now());
        return new Accounts(h).create(new Account("Paris", Role.PARTNER), Instant.now());
      });
      auth = TaxiiServer.basic("Paris", token);
    }
    Path keystore = Keystores.selfSigned(dir.resolve("node.p12"), TaxiiServer.PASSWORD, "Props");
    String fp = Keystores.fingerprint(Keystores.certificate(Keystores.load(keystore, TaxiiServer.PASSWORD))
        .orElseThrow());
    server = MarsadServer.start(location, Extractor.withBuiltInLexicons(), ServerOptions.local(0)
        .withTls(keystore, TaxiiServer.PASSWORD).withRate(100_000));
    SSLContext ssl = SSLContext.getInstance("TLS");
    ssl.init(null, new TrustManager[] {new PinnedTrust(fp)}, null);
    http = HttpClient.newBuilder().sslContext(ssl).connectTimeout(Duration.ofSeconds(20)).build();
    root = "https://127.0.0.1:" + server.port() + "/taxii2/marsad/";
  }

  @AfterContainer
  static void stop() {
    if (server != null) {
      server.close();
    }
  }

  @Provide
  Arbitrary<String> hostile() {
    return Arbitraries.oneOf(Arbitraries.strings().all().ofMaxLength(120),
        Arbitraries.of("{", "{}", "{\"objects\":[]}", "{\"objects\":null}", "{\"objects\":[1,2]}", "null", "[]",
            "{\"objects\":[{\"type\":\"x\",\"id\":\"x--6a1f4d0e-2b3c-4d5e-8f90-a1b2c3d4e5f6\"}]}",
            "{\"objects\":[{\"type\":\"relationship\",\"id\":\"relationship--6a1f4d0e-2b3c-4d5e-8f90-a1b2c3d4e5f6\","
                + "\"relationship_type\":\"pledged-allegiance-to\",\"source_ref\":5,\"target_ref\":[]}]}",
            "{\"objects\":[{\"type\":\"report\",\"id\":\"report--6a1f4d0e-2b3c-4d5e-8f90-a1b2c3d4e5f6\","
                + "\"object_refs\":\"nope\",\"revoked\":true}]}",
            "\u0000", "\uD800", "2026-11-01T00:00:00Z", "last", "application/taxii+json;version=9",
            "*/*;q=0", "Basic !!!", "Bearer ", "Basic " + java.util.Base64.getEncoder().encodeToString(":".getBytes(
                StandardCharsets.UTF_8))));
  }

  private static int status(HttpRequest.Builder b) throws IOException, InterruptedException {
    return http.send(b.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
  }

  private static HttpRequest.Builder get(String path) {
    return HttpRequest.newBuilder(URI.create(root + path)).header("Authorization", auth)
        .header("Accept", TaxiiServer.TAXII).GET();
  }

  @Property(tries = 100)
  void anyFilterValueIsAnsweredWithoutAnInternalError(@ForAll("hostile") String value) throws Exception {
    for (String p : new String[] {"added_after", "limit", "next", "match%5Bid%5D", "match%5Btype%5D",
        "match%5Bversion%5D", "match%5Bspec_version%5D"}) {
      int s = status(get("collections/picture/objects/?" + p + "=" + enc(value)));
      assertThat(s).as(p + "=" + value).isIn(200, 400);
      assertThat(status(get("collections/picture/manifest/?" + p + "=" + enc(value)))).isIn(200, 400);
    }
  }

  @Property(tries = 100)
  void anyEnvelopeIsAnsweredWithoutAnInternalError(@ForAll("hostile") String body) throws Exception {
    int s = status(HttpRequest.newBuilder(URI.create(root + "collections/inbox/objects/")).header("Authorization", auth)
        .header("Accept", TaxiiServer.TAXII).header("Content-Type", TaxiiServer.TAXII)
        .POST(HttpRequest.BodyPublishers.ofString(body)));
    assertThat(s).as(body).isIn(202, 400, 403, 409, 422);
  }

  @Property(tries = 100)
  void anyIdInAPathIsAnsweredWithoutAnInternalError(@ForAll("hostile") String id) throws Exception {
    // "." and ".." in a path are resolved by the client, so some ids land on another resource: still no 500
    assertThat(status(get("collections/picture/objects/" + enc(id) + "/"))).isIn(200, 400, 404);
    assertThat(status(get("collections/" + enc(id) + "/"))).isIn(200, 400, 404);
    assertThat(status(get("status/" + enc(id) + "/"))).isIn(200, 400, 404);
  }

  @Property(tries = 100)
  void anyAcceptOrAuthorizationHeaderIsAnsweredWithoutAnInternalError(@ForAll("hostile") String header)
      throws Exception {
    String clean = header.replaceAll("[^\\x20-\\x7E]", "").trim(); // what an HTTP header can carry
    HttpRequest.Builder accept = HttpRequest.newBuilder(URI.create(root + "collections/"))
        .header("Authorization", auth).GET();
    if (!clean.isBlank()) {
      accept.header("Accept", clean);
    }
    assertThat(status(accept)).isIn(200, 406);
    HttpRequest.Builder signIn = HttpRequest.newBuilder(URI.create(root + "collections/"))
        .header("Accept", TaxiiServer.TAXII).GET();
    if (!clean.isBlank()) {
      signIn.header("Authorization", clean);
    }
    assertThat(status(signIn)).isEqualTo(401);
  }
}
