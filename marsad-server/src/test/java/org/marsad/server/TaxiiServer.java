package org.marsad.server;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import org.marsad.extract.Extractor;
import org.marsad.kb.store.Database;
import org.marsad.kb.store.StoreLocation;
import org.marsad.share.account.Account;
import org.marsad.share.account.Accounts;
import org.marsad.share.account.Role;
import org.marsad.share.marking.MarkingTarget;
import org.marsad.share.marking.Markings;
import org.marsad.share.partner.CredentialKey;
import org.marsad.share.partner.Partner;
import org.marsad.share.partner.Partners;
import org.marsad.share.partner.Rules;
import org.marsad.share.secret.NodeKey;
import org.marsad.share.secret.Sealer;
import org.marsad.share.stix.Tlp;
import org.marsad.share.tls.Keystores;
import org.marsad.share.tls.PinnedTrust;

/**
 * A node for TAXII tests: the sample corpus with one report marked RED, an admin, a partner "Paris" allowed AMBER
 * and a partner "Tunis" allowed only the inbox, served over HTTPS from a self-signed keystore on a free port, with
 * its picture published.
 */
final class TaxiiServer implements AutoCloseable {
  static final String TAXII = "application/taxii+json;version=2.1";
  static final char[] PASSWORD = "test-keystore".toCharArray();
  final StoreLocation location;
  final MarsadServer server;
  final String fingerprint;
  final String root;
  final String adminToken;
  final String parisToken;
  final String tunisToken;
  final String redReportSha;
  final Path keystore;
  final HttpClient http;
  private final SSLContext ssl;

  TaxiiServer(Path dir, int rate) throws Exception {
    Extractor extractor = Extractor.withBuiltInLexicons();
    location = SampleStore.fill(dir, extractor);
    Instant now = Instant.now();
    try (Database db = Database.open(location)) {
      redReportSha = db.handle().createQuery("SELECT sha256 FROM report ORDER BY id").mapTo(String.class).first();
      String[] tokens = db.inTransaction(h -> {
        new Markings(h).set(MarkingTarget.report(redReportSha), Tlp.RED, "test", now);
        Accounts accounts = new Accounts(h);
        String admin = accounts.create(new Account("root", Role.ADMIN), now);
        String paris = accounts.create(new Account("Paris", Role.PARTNER), now);
        String tunis = accounts.create(new Account("Tunis", Role.PARTNER), now);
        Partners partners = new Partners(h);
        Sealer sealer = CredentialKey.open(h, location.dataDir().resolve(NodeKey.FILE_NAME));
        partners.add(new Partner("Paris", URI.create("https://paris.invalid/taxii2/marsad/"), Optional.empty(),
            Optional.of("identity--0b1d2c34-5e6f-4a7b-8c9d-0e1f2a3b4c5d"), "picture", "inbox", Rules.defaults(),
            Partner.SendMode.MANUAL), "a:b", sealer, now);
        partners.add(new Partner("Tunis", URI.create("https://tunis.invalid/taxii2/marsad/"), Optional.empty(),
            Optional.empty(), "picture", "inbox", new Rules(Tlp.AMBER, Set.of("inbox"), Set.of(), Set.of()),
            Partner.SendMode.MANUAL), "a:b", sealer, now);
        return new String[] {admin, paris, tunis};
      });
      adminToken = tokens[0];
      parisToken = tokens[1];
      tunisToken = tokens[2];
    }
    keystore = Keystores.selfSigned(dir.resolve("node.p12"), PASSWORD, "Test node");
    fingerprint = Keystores.fingerprint(Keystores.certificate(Keystores.load(keystore, PASSWORD)).orElseThrow());
    server = MarsadServer.start(location, extractor, ServerOptions.local(0).withTls(keystore, PASSWORD)
        .withRate(rate).withNodeName("Test node"));
    root = "https://127.0.0.1:" + server.port() + "/taxii2/marsad/";
    ssl = SSLContext.getInstance("TLS");
    ssl.init(null, new TrustManager[] {new PinnedTrust(fingerprint)}, null);
    http = HttpClient.newBuilder().sslContext(ssl).connectTimeout(Duration.ofSeconds(20)).build();
    awaitPublication();
  }

  /** The server publishes on start, on its writer thread: wait until the collection shows reports. */
  private void awaitPublication() throws Exception {
    for (int i = 0; i < 600; i++) {
      HttpResponse<String> r = get(admin(), "collections/picture/manifest/?match%5Btype%5D=report&limit=1");
      if (r.statusCode() == 200 && r.body().contains("report--")) {
        return;
      }
      Thread.sleep(100);
    }
    throw new AssertionError("the test node did not publish its picture");
  }

  static String basic(String user, String token) {
    return "Basic " + Base64.getEncoder().encodeToString((user + ":" + token).getBytes(StandardCharsets.UTF_8));
  }

  String admin() {
    return basic("root", adminToken);
  }

  String paris() {
    return basic("Paris", parisToken);
  }

  String tunis() {
    return basic("Tunis", tunisToken);
  }

  HttpRequest.Builder request(String auth, String path) {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(root + path)).header("Accept", TAXII);
    return auth == null ? b : b.header("Authorization", auth);
  }

  HttpResponse<String> get(String auth, String path) throws Exception {
    return http.send(request(auth, path).GET().build(), HttpResponse.BodyHandlers.ofString());
  }

  /**
   * Writes a POST that announces {@code length} bytes of body and sends none, then reads the whole answer (status
   * line, headers, body). A body over a limit must be refused from its announced length; sending it all would race
   * the server's early answer and close.
   */
  String postAnnouncingOnly(String auth, String path, String contentType, long length) throws Exception {
    URI uri = URI.create(root + path);
    try (java.net.Socket socket = ssl.getSocketFactory().createSocket(uri.getHost(), uri.getPort())) {
      socket.setSoTimeout(10_000);
      String head = "POST " + uri.getRawPath() + " HTTP/1.1\r\nHost: " + uri.getHost() + "\r\nAccept: " + TAXII
          + "\r\nAuthorization: " + auth + "\r\nContent-Type: " + contentType + "\r\nContent-Length: " + length
          + "\r\nConnection: close\r\n\r\n";
      socket.getOutputStream().write(head.getBytes(StandardCharsets.UTF_8));
      socket.getOutputStream().flush();
      return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  HttpResponse<String> post(String auth, String path, String contentType, byte[] body) throws Exception {
    return http.send(request(auth, path).header("Content-Type", contentType)
        .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofString());
  }

  /** Row counts of everything a refused request must leave alone, and of the audit log's refusals. */
  Map<String, Long> counts() {
    try (Database db = Database.open(location)) {
      Map<String, Long> out = new java.util.TreeMap<>();
      for (String t : List.of("report", "claim", "entity", "received_object", "received_report", "taxii_object",
          "taxii_status", "marking", "stix_received")) {
        out.put(t, db.handle().createQuery("SELECT COUNT(*) FROM " + t).mapTo(Long.class).one());
      }
      out.put("refusals", db.handle().createQuery("SELECT COUNT(*) FROM audit_log WHERE action = 'REFUSED'")
          .mapTo(Long.class).one());
      return out;
    }
  }

  <T> T inStore(java.util.function.Function<org.jdbi.v3.core.Handle, T> work) {
    try (Database db = Database.open(location)) {
      return db.inTransaction(work);
    }
  }

  @Override
  public void close() {
    server.close();
  }
}
