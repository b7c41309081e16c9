package org.marsad.server;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;
import org.marsad.extract.Extractor;
import org.marsad.kb.ingest.IngestOptions;
import org.marsad.kb.ingest.Ingestor;
import org.marsad.kb.source.ReportSources;
import org.marsad.kb.source.SourceItem;
import org.marsad.kb.store.Database;
import org.marsad.kb.store.StoreLocation;

/** A store holding the sample corpus, for the server's tests; the samples are part of the repository. */
final class SampleStore {
  private SampleStore() {
  }

  static Path samples() {
    return Path.of(System.getProperty("marsad.samples", "../samples"));
  }

  static boolean available() {
    return Files.isDirectory(samples());
  }

  /** Ingests the samples' .txt reports into an embedded store under {@code dir}. */
  static StoreLocation fill(Path dir, Extractor extractor) {
    StoreLocation location = StoreLocation.embedded(dir.resolve("data"));
    try (Database db = Database.open(location);
         Stream<SourceItem> items = ReportSources.withDefaults().read(List.of(samples()))) {
      Ingestor ingestor = new Ingestor(db, extractor, Clock.fixed(Instant.parse("2026-11-01T10:00:00Z"),
          ZoneOffset.UTC));
      Iterator<SourceItem> it = items.filter(i -> i.toString().contains(".txt")).iterator();
      ingestor.ingestAll(it, IngestOptions.defaults().withSource("samples"), o -> { });
    }
    return location;
  }

  /** Creates an account in the store at {@code location} and returns its token, as `marsad account add` does. */
  static String account(StoreLocation location, String name, org.marsad.share.account.Role role) {
    try (Database db = Database.open(location)) {
      return db.inTransaction(h -> new org.marsad.share.account.Accounts(h).create(
          new org.marsad.share.account.Account(name, role), Instant.now()));
    }
  }
}
