package org.marsad.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.marsad.extract.Extractor;
import org.marsad.kb.index.IndexSync;
import org.marsad.kb.ingest.IngestOptions;
import org.marsad.kb.ingest.Ingestor;
import org.marsad.kb.search.ReportIndex;
import org.marsad.kb.source.SourceReport;
import org.marsad.kb.store.Database;
import org.marsad.kb.store.StoreLocation;
import org.marsad.server.MarsadServer;
import org.marsad.server.ServerOptions;
import org.marsad.share.account.Account;
import org.marsad.share.account.Accounts;
import org.marsad.share.account.Role;
import org.marsad.share.audit.AuditGate;
import org.marsad.share.export.StixExport;
import org.marsad.share.partner.CredentialKey;
import org.marsad.share.partner.Partner;
import org.marsad.share.partner.Partners;
import org.marsad.share.partner.Rules;
import org.marsad.share.secret.NodeKey;
import org.marsad.share.stix.StixJson;
import org.marsad.share.stix.Tlp;
import org.marsad.share.sync.PartnerSync;
import org.marsad.share.sync.TaxiiClient;
import org.marsad.share.taxii.Publication;
import org.marsad.share.tls.Keystores;
import tools.jackson.databind.JsonNode;

/**
 * STIX objects per second from one Marsad node to another over TAXII 2.1 on loopback (HTTPS, HTTP Basic), for a
 * picture of about 10,000 objects, with two baselines measured in the same run over the same objects:
 * serialising them to JSON in memory (the floor of any exchange), and fetching every page over HTTPS without
 * taking anything in (the transfer alone, with the server's selection and audit).
 *
 * <p>Usage: {@code java -cp marsad-bench/target/benchmarks.jar org.marsad.bench.ShareBench [--objects 10000]
 * [--page 1000] [--samples samples] [--work DIR]}
 */
public final class ShareBench {
  private static final char[] PASSWORD = "share-bench".toCharArray();

  private ShareBench() {
  }

  public static void main(String[] args) throws IOException {
    int objects = 10_000;
    int page = 1000;
    Path samples = Path.of(Corpus.DEFAULT_DIR);
    Path work = Files.createTempDirectory("marsad-sharebench");
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--objects" -> objects = Integer.parseInt(args[++i]);
        case "--page" -> page = Integer.parseInt(args[++i]);
        case "--samples" -> samples = Path.of(args[++i]);
        case "--work" -> work = Path.of(args[++i]);
        default -> throw new IllegalArgumentException("unknown option " + args[i]
            + "; use --objects N --page N --samples DIR --work DIR");
      }
    }
    System.out.printf(Locale.ROOT, "machine: %d cores, max heap %d MB, java %s, load average %.2f%n",
        Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20,
        System.getProperty("java.version"), ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    Extractor extractor = Extractor.withBuiltInLexicons();
    StoreLocation algiers = StoreLocation.embedded(work.resolve("algiers"));
    StoreLocation paris = StoreLocation.embedded(work.resolve("paris"));
    String token = fill(algiers, extractor, samples, objects);
    List<Map<String, Object>> picture;
    long published;
    try (Database db = Database.open(algiers)) {
      picture = db.inTransaction(h -> StixExport.objects(h, StixExport.Options.of("bench"), Instant.now())
          .objects());
      published = db.handle().createQuery("SELECT COUNT(*) FROM taxii_object").mapTo(Long.class).one();
    }
    double serialise = serialiseRate(picture);
    Path keystore = Keystores.selfSigned(work.resolve("algiers.p12"), PASSWORD, "Algiers");
    String fingerprint = Keystores.fingerprint(Keystores.certificate(Keystores.load(keystore, PASSWORD))
        .orElseThrow());
    try (MarsadServer server = MarsadServer.start(algiers, extractor, ServerOptions.local(0).withTls(keystore,
        PASSWORD).withRate(100_000).withNodeName("Algiers"))) {
      URI root = URI.create("https://127.0.0.1:" + server.port() + "/taxii2/marsad/");
      TaxiiClient client = new TaxiiClient(new TaxiiClient.Credentials.Basic("Paris", token), Optional.of(fingerprint));
      fetchAll(client, root, page); // warm-up: JIT and the server's first connections
      long t0 = System.nanoTime();
      long fetched = fetchAll(client, root, page);
      double transfer = fetched / ((System.nanoTime() - t0) / 1e9);
      Partner algiersForParis = new Partner("Algiers", root, Optional.of(fingerprint), Optional.empty(), "picture",
          "inbox", Rules.defaults(), Partner.SendMode.MANUAL);
      double load = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
      try (Database db = Database.open(paris); ReportIndex index = ReportIndex.open(paris.indexDir())) {
        db.inTransaction(h -> {
          new Partners(h).add(algiersForParis, "Paris:" + token, CredentialKey.open(h, paris.dataDir().resolve(
              NodeKey.FILE_NAME)), Instant.now());
          return null;
        });
        IndexSync sync = new IndexSync(db, index);
        Ingestor ingestor = new Ingestor(db, extractor, Clock.systemUTC()).addListener(sync::add);
        long t1 = System.nanoTime();
        int pulled = new PartnerSync(db, algiersForParis, client, new AuditGate(), Clock.systemUTC())
            .pull(ingestor, page, (d, n, o, s) -> { });
        sync.close();
        double seconds = (System.nanoTime() - t1) / 1e9;
        double rate = pulled / seconds;
        System.out.printf(Locale.ROOT, "picture: %,d objects published (%,d in the export)%n", published,
            picture.size());
        System.out.printf(Locale.ROOT, "baseline 1, serialise the objects to JSON in memory: %,.0f objects/s%n",
            serialise);
        System.out.printf(Locale.ROOT, "baseline 2, fetch every page over HTTPS, nothing taken in: %,d objects, "
            + "%,.0f objects/s%n", fetched, transfer);
        System.out.printf(Locale.ROOT, "pull Algiers -> Paris (HTTPS + intake as evidence, pages of %d): %,d objects "
            + "in %.1f s, %,.0f objects/s; pull / serialise = %.4f, pull / transfer = %.3f; load average at "
            + "start %.2f, at end %.2f%n", page, pulled, seconds, rate, rate / serialise, rate / transfer, load,
            ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
      }
    }
  }

  /** Ingests synthetic reports into Algiers until its publication holds at least {@code objects}; Paris's token. */
  private static String fill(StoreLocation algiers, Extractor extractor, Path samples, int objects) {
    SyntheticReports reports = new SyntheticReports(samples, 42);
    try (Database db = Database.open(algiers); ReportIndex index = ReportIndex.open(algiers.indexDir())) {
      IndexSync sync = new IndexSync(db, index);
      Ingestor ingestor = new Ingestor(db, extractor, Clock.systemUTC()).addListener(sync::add);
      // everything GREEN: a partner allowed AMBER receives the whole picture
      db.inTransaction(h -> {
        new org.marsad.share.marking.Markings(h).set(org.marsad.share.marking.MarkingTarget.nodeDefault(),
            Tlp.GREEN, "bench", Instant.now());
        return null;
      });
      long have = 0;
      int batch = 200;
      while (have < objects) {
        List<SourceReport> next = new ArrayList<>();
        for (int i = 0; i < batch; i++) {
          next.add(reports.next());
        }
        ingestor.ingestAll(next.iterator(), IngestOptions.defaults().withSource("El Watan"), o -> { });
        sync.commit();
        have = db.inTransaction(h -> new Publication(h, Instant.now()).publish(StixExport.Options.of("bench")
            .withNodeName("Algiers")).objects());
        System.out.printf(Locale.ROOT, "algiers: %,d objects in its picture%n", have);
      }
      sync.close();
      return db.inTransaction(h -> {
        new Partners(h).add(new Partner("Paris", URI.create("https://paris.invalid/taxii2/marsad/"), Optional.empty(),
            Optional.empty(), "picture", "inbox", Rules.defaults(), Partner.SendMode.MANUAL), "a:b",
            CredentialKey.open(h, algiers.dataDir().resolve(NodeKey.FILE_NAME)), Instant.now());
        return new Accounts(h).create(new Account("Paris", Role.PARTNER), Instant.now());
      });
    }
  }

  private static double serialiseRate(List<Map<String, Object>> picture) {
    for (int warm = 0; warm < 3; warm++) {
      picture.forEach(StixJson::canonical);
    }
    long t = System.nanoTime();
    long bytes = 0;
    for (Map<String, Object> o : picture) {
      bytes += StixJson.canonical(o).getBytes(StandardCharsets.UTF_8).length;
    }
    double s = (System.nanoTime() - t) / 1e9;
    System.out.printf(Locale.ROOT, "serialised %,d objects, %.1f MB%n", picture.size(), bytes / 1e6);
    return picture.size() / s;
  }

  /** Every page of the collection, read and parsed but not taken in; returns the objects fetched. */
  private static long fetchAll(TaxiiClient client, URI root, int page) {
    long n = 0;
    String next = null;
    do {
      TaxiiClient.Response r = client.get(root + "collections/picture/objects/?limit=" + page + (next == null ? ""
          : "&next=" + next));
      if (r.status() != 200) {
        throw new IllegalStateException("GET answered " + r.status() + ": " + r.text());
      }
      JsonNode env = StixJson.MAPPER.readTree(r.body());
      n += env.path("objects").size();
      next = env.path("more").asBoolean(false) ? env.path("next").asString() : null;
    } while (next != null);
    return n;
  }
}
