package org.marsad.kb.ingest;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.marsad.extract.ExtractException;
import org.marsad.extract.ExtractOptions;
import org.marsad.extract.Extraction;
import org.marsad.extract.Extractor;
import org.marsad.kb.KbException;
import org.marsad.kb.grade.Credibility;
import org.marsad.kb.source.SourceReport;
import org.marsad.kb.resolve.NameKey;
import org.marsad.kb.store.Database;
import org.marsad.kb.store.NewReport;
import org.marsad.kb.store.Reports;
import org.marsad.kb.store.Source;
import org.marsad.kb.store.Sources;

/**
 * Stores one report at a time: extract, then grade, archive, resolve, record claims and check watches in
 * <em>one</em> transaction. A kill at any moment leaves either the whole report or nothing, and because the
 * same bytes are never stored twice, running the batch again resumes it.
 */
public final class Ingestor {
  private final Database db;
  private final Extractor extractor;
  private final NameKey nameKey;
  private final Clock clock;
  private final List<ReportListener> listeners = new ArrayList<>();

  public Ingestor(Database db, Extractor extractor, Clock clock) {
    this.db = db;
    this.extractor = extractor;
    this.nameKey = NameKey.from(extractor.lexicon());
    this.clock = clock;
  }

  /** Called after each report is committed, for derived stores such as the search index. */
  public interface ReportListener {
    void stored(long reportId, Extraction extraction);
  }

  public Ingestor addListener(ReportListener l) {
    listeners.add(l);
    return this;
  }

  public NameKey nameKey() {
    return nameKey;
  }

  public Outcome ingest(SourceReport in, IngestOptions options) {
    Reports reports = new Reports(db.handle());
    Optional<Long> known = reports.bySha(in.sha256()).map(r -> r.id());
    if (known.isPresent()) {
      return new Outcome.Duplicate(in.input(), known.get());
    }
    Extraction x;
    try {
      ExtractOptions eo = ExtractOptions.defaults();
      Optional<java.time.LocalDate> published = in.publishedDate().or(options::published);
      if (published.isPresent()) {
        eo = eo.withPublished(published.get());
      }
      x = extractor.extract(in.text(), eo);
    } catch (ExtractException e) {
      return new Outcome.Rejected(in.input(), "cannot extract: " + e.getMessage());
    }
    Instant now = clock.instant();
    try {
      Outcome.Ingested done = db.handle().inTransaction(h -> store(h, in, options, x, now));
      listeners.forEach(l -> l.stored(done.reportId(), x));
      return done;
    } catch (RuntimeException e) {
      throw new KbException("cannot store " + in.input() + " in " + db.location().describe() + ": "
          + e.getMessage(), e);
    }
  }

  private Outcome.Ingested store(Handle h, SourceReport in, IngestOptions o, Extraction x, Instant now) {
    String sourceName = in.source().filter(s -> !s.isBlank()).or(o::source).orElse(IngestOptions.UNKNOWN_SOURCE);
    Source source = new Sources(h).ensure(sourceName, o.reliability(), Optional.empty(), now);
    Credibility cred = o.credibility().orElse(source.defaultCredibility());
    Optional<java.time.LocalDate> published = x.document().published().or(in::publishedDate).or(o::published);
    long reportId = new Reports(h).insert(new NewReport(in.input(), in.original(), in.sha256(), in.text(),
        in.charset(), in.format().label(), in.title(), in.url(), x.document().language().code(), published, source.id(),
        cred), now);
    ExtractionWriter.Written w = new ExtractionWriter(h, extractor.lexicon(), nameKey).write(reportId, in.sha256(), x,
        now);
    return new Outcome.Ingested(in.input(), reportId, x.entities().size(), x.relations().size(), w.alerts());
  }
}
