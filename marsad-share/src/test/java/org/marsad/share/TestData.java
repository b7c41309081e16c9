package org.marsad.share;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Iterator;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.marsad.kb.Fixtures;
import org.marsad.kb.ingest.IngestOptions;
import org.marsad.kb.ingest.Ingestor;
import org.marsad.kb.source.ReportSources;
import org.marsad.kb.source.SourceItem;
import org.marsad.kb.store.Database;

/** The sample corpus (part of the repository) and ../shared (beside the checkout; tests needing it skip). */
public final class TestData {
  public static final Instant NOW = Instant.parse("2026-11-01T10:00:00Z");

  private TestData() {
  }

  public static Path samples() {
    Path p = Path.of(System.getProperty("marsad.samples", "../samples")).toAbsolutePath().normalize();
    if (!Files.isDirectory(p)) {
      throw new IllegalStateException("the sample corpus is part of the repository but was not found at " + p);
    }
    return p;
  }

  /** ../shared/stix2.1, or the test is skipped saying why. */
  public static Path stix() {
    Path p = Path.of(System.getProperty("marsad.shared", "../../shared")).toAbsolutePath().normalize()
        .resolve("stix2.1");
    assumeTrue(Files.isDirectory(p.resolve("schemas")) && Files.isDirectory(p.resolve("examples")),
        "skipped: the official STIX 2.1 schemas and examples (../shared/stix2.1) are not beside this checkout at " + p);
    return p;
  }

  public static Clock clock() {
    return Clock.fixed(NOW, ZoneOffset.UTC);
  }

  /** Ingests the samples' reports (.txt) into the store, as `marsad ingest samples --source samples` would. */
  public static void ingestSamples(Database db) {
    ingestSamples(db, name -> true);
  }

  /** Ingests the samples' reports (.txt) whose path {@code which} accepts. */
  public static void ingestSamples(Database db, Predicate<String> which) {
    ingestSamples(db, which, "samples");
  }

  /** Ingests the samples' reports (.txt) whose path {@code which} accepts, as reports of {@code source}. */
  public static void ingestSamples(Database db, Predicate<String> which, String source) {
    try (Stream<SourceItem> items = ReportSources.withDefaults().read(List.of(samples()))) {
      Ingestor ingestor = new Ingestor(db, Fixtures.extractor(), clock());
      Iterator<SourceItem> it = items.filter(i -> i.toString().contains(".txt") && which.test(i.input()))
          .iterator();
      ingestor.ingestAll(it, IngestOptions.defaults().withSource(source), o -> { });
    }
  }
}
