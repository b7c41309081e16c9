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
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.marsad.extract.Extractor;
import org.marsad.kb.store.StoreLocation;

/**
 * Hostile input at every kind of API input: any body for a watch, any name in a path, any query value, any
 * upload file name. The server answers with a problem or a result, never an internal error, and never lets a
 * file name out of its upload folder.
 */
class ApiProperties {
  private static Path dir;
  private static MarsadServer server;
  private static HttpClient http;
  private static String base;
  private static String token;

  @BeforeContainer
  static void start() throws IOException {
    dir = Files.createTempDirectory("marsad-api-props");
    StoreLocation location = StoreLocation.embedded(dir.resolve("data"));
    token = SampleStore.account(location, "analyst", org.marsad.share.account.Role.ANALYST);
    // these properties send thousands of requests as fast as they can: not what the rate limit is for
    server = MarsadServer.start(location, Extractor.withBuiltInLexicons(), ServerOptions.local(0).withRate(100_000));
    http = HttpClient.newHttpClient();
    base = "http://127.0.0.1:" + server.port();
  }

  @AfterContainer
  static void stop() {
    if (server != null) {
      server.close();
    }
  }

  @Provide
  Arbitrary<String> hostile() {
    return Arbitraries.oneOf(Arbitraries.strings().all().ofMaxLength(200),
        Arbitraries.of("{", "}", "[]", "null", "{\"name\":null}", "{\"name\":\"w\",\"types\":\"ATTACK\"}",
            "{\"name\":\"w\",\"types\":[1]}", "{\"name\":\"w\",\"entities\":[\"\"]}", "'; DROP TABLE watch; --",
            "<script>alert(1)</script>", "{\"name\":\"w|x\",\"entities\":[\"a|b\"]}", "\u0000", "\uD800",
            "{\"name\":\"" + "ب".repeat(150) + "\",\"types\":[\"ATTACK\"]}"),
        Arbitraries.strings().withCharRange('\u0600', '\u06FF').withChars('{', '}', '"', ':', ',', '[', ']')
            .ofMaxLength(100));
  }

  private static int status(HttpRequest.Builder b) throws IOException, InterruptedException {
    return http.send(b.header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.discarding())
        .statusCode();
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
  }

  @Property(tries = 150)
  void anyWatchBodyIsAnsweredWithoutAnInternalError(@ForAll("hostile") String body) throws Exception {
    int s = status(HttpRequest.newBuilder(URI.create(base + "/api/watches")).header("Content-Type",
        "application/json").POST(HttpRequest.BodyPublishers.ofString(body)));
    assertThat(s).as(body).isIn(201, 400, 409);
  }

  @Property(tries = 150)
  void anyNameInAPathIsAnsweredWithoutAnInternalError(@ForAll("hostile") String name) throws Exception {
    for (String path : new String[] {"/api/entities/", "/api/timeline/", "/api/network/", "/api/reports/",
        "/api/ingest/", "/api/facts/"}) {
      int s = status(HttpRequest.newBuilder(URI.create(base + path + enc(name))).GET());
      // an empty name leaves "/api/ingest/", which is the upload's own path: 405 for a GET is right there
      assertThat(s).as(path + name).isIn(200, 400, 404, 405, 409);
    }
  }

  @Property(tries = 150)
  void anyQueryValueIsAnsweredWithoutAnInternalError(@ForAll("hostile") String value) throws Exception {
    for (String param : new String[] {"/api/search?q=", "/api/search?group=", "/api/search?from=",
        "/api/relations?asOf=", "/api/relations?type=", "/api/relations?entity=", "/api/alerts?since=",
        "/api/changes?since=", "/api/search?limit=", "/api/facts/LEADER_OF:subject=1:object=2/evidence?cursor=",
        "/api/facts/LEADER_OF:subject=1:object=2/evidence?limit="}) {
      int s = status(HttpRequest.newBuilder(URI.create(base + param + enc(value))).GET());
      assertThat(s).as(param + value).isIn(200, 400, 404, 409);
    }
  }

  @Property(tries = 300)
  void uploadNamesStayInTheirFolder(@ForAll("hostile") String name) {
    String safe = IngestRoutes.safeName(name);
    Path folder = dir.resolve("uploads").resolve("job");
    Path target = folder.resolve(safe).normalize();
    assertThat(safe).isNotBlank().doesNotContain("/", "\\").doesNotStartWith(".");
    assertThat(target.getParent()).isEqualTo(folder);
  }
}
