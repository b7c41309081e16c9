package org.marsad.kb.ingest;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import org.jdbi.v3.core.Handle;
import org.marsad.extract.ExtractException;
import org.marsad.extract.ExtractOptions;
import org.marsad.extract.Extraction;
import org.marsad.extract.Extractor;
import org.marsad.kb.KbException;
import org.marsad.kb.grade.Credibility;
import org.marsad.kb.resolve.NameKey;
import org.marsad.kb.search.IndexedReport;
import org.marsad.kb.source.Rejected;
import org.marsad.kb.source.SourceItem;
import org.marsad.kb.source.SourceReport;
import org.marsad.kb.store.Database;
import org.marsad.kb.store.EntityCache;
import org.marsad.kb.store.NewReport;
import org.marsad.kb.store.Reports;
import org.marsad.kb.store.Source;
import org.marsad.kb.store.Sources;
import org.marsad.kb.store.StoredReport;
import org.marsad.kb.store.SummaryCache;

/**
 * Stores one report at a time: extract, then grade, archive, resolve, record claims and check watches in
 * <em>one</em> transaction. A kill at any moment leaves either the whole report or nothing, and because the
 * same bytes are never stored twice, running the batch again resumes it.
 *
 * <p>{@link #ingestAll} extracts ahead on other cores while this thread writes, in input order, so that the
 * result is the same as one report after another.
 */
public final class Ingestor {
  private static final int EXTRACT_AHEAD = 64;
  private final Database db;
  private final Extractor extractor;
  private final NameKey nameKey;
  private final Clock clock;
  private final EntityCache cache = new EntityCache();
  /**
   * The kept facts and last places read or written during {@link #ingestAll}, null outside it: this ingestor also
   * serves single reports and received bundles between other writers' changes (a partner's new version removes
   * reports), where last places read at the start of a batch could be stale.
   */
  private SummaryCache summaries;
  private final java.util.Map<String, Source> sources = new java.util.HashMap<>();
  /** Reports this session stored, by SHA-256, so a repeat within a batch needs no query. */
  private final java.util.Map<String, Long> written = new java.util.HashMap<>();
  private final List<ReportListener> listeners = new ArrayList<>();

  public Ingestor(Database db, Extractor extractor, Clock clock) {
    this.db = db;
    this.extractor = extractor;
    this.nameKey = NameKey.from(extractor.lexicon());
    this.clock = clock;
  }

  /** Hears each report after its transaction committed, with the search document built from what was stored. */
  public interface ReportListener {
    void stored(IndexedReport document);
  }

  public Ingestor addListener(ReportListener l) {
    listeners.add(l);
    return this;
  }

  public NameKey nameKey() {
    return nameKey;
  }

  public Outcome ingest(SourceReport in, IngestOptions options) {
    Optional<Long> known = new Reports(db.handle()).bySha(in.sha256()).map(r -> r.id());
    if (known.isPresent()) {
      return new Outcome.Duplicate(in.input(), known.get());
    }
    Extraction x;
    try {
      x = extract(in, options);
    } catch (ExtractException e) {
      return new Outcome.Rejected(in.input(), "cannot extract: " + e.getMessage());
    } catch (RuntimeException e) {
      return new Outcome.Rejected(in.input(), "internal error while extracting (please report it with this "
          + "file): " + e);
    }
    return write(in, options, x);
  }

  /** A report whose picture was received whole, with the options it is stored under. */
  public record Received(SourceReport report, IngestOptions options, Extraction extraction) {
  }

  /**
   * Stores reports whose picture was received whole rather than extracted from their text (a partner's STIX
   * objects, written out as text by marsad-share), with the same grading and resolution across reports as any
   * report, so that analysts' decisions hold for them too. Everything happens in one transaction, with
   * {@code alsoInTransaction} last, so that a bundle is taken in entirely or not at all; a report already stored
   * (same SHA-256) comes back as a duplicate.
   */
  public List<Outcome> ingestReceived(List<Received> items, BiConsumer<Handle, List<Outcome>> alsoInTransaction) {
    return ingestReceived(items, h -> { }, alsoInTransaction);
  }

  /**
   * As {@link #ingestReceived(List, BiConsumer)}, with {@code first} run in the same transaction before anything is
   * stored: a partner's new version of a report removes the report built from the old one there, so that the new
   * one is stored in its place, or neither.
   */
  public List<Outcome> ingestReceived(List<Received> items, Consumer<Handle> first,
                                      BiConsumer<Handle, List<Outcome>> alsoInTransaction) {
    Instant now = clock.instant();
    List<Stored> stored = new ArrayList<>();
    List<Outcome> outcomes;
    try {
      outcomes = db.inTransaction(h -> {
        first.accept(h);
        List<Outcome> out = new ArrayList<>();
        Reports reports = new Reports(h);
        for (Received r : items) {
          Optional<Long> known = reports.bySha(r.report().sha256()).map(StoredReport::id);
          if (known.isPresent()) {
            out.add(new Outcome.Duplicate(r.report().input(), known.get()));
            continue;
          }
          Stored s = store(h, r.report(), r.options(), r.extraction(), now);
          stored.add(s);
          out.add(s.outcome());
        }
        alsoInTransaction.accept(h, out);
        return out;
      });
    } catch (RuntimeException e) {
      cache.clear(); // the rolled-back entities must not be found again
      sources.clear();
      throw new KbException("cannot store the received reports in " + db.location().describe()
          + "; none of them was kept: " + e.getMessage(), e);
    }
    for (Stored s : stored) {
      written.put(s.document().sha256(), s.outcome().reportId());
      listeners.forEach(l -> l.stored(s.document()));
    }
    return outcomes;
  }

  /**
   * Ingests every item in order; rejected inputs pass through as {@link Outcome.Rejected}. Extraction of the
   * next reports runs on worker threads while this one writes.
   */
  public void ingestAll(Iterator<? extends SourceItem> items, IngestOptions options, Consumer<Outcome> each) {
    int workers = Math.max(1, Runtime.getRuntime().availableProcessors() - 1);
    ExecutorService pool = Executors.newFixedThreadPool(workers, r -> {
      Thread t = new Thread(r, "marsad-extract");
      t.setDaemon(true);
      return t;
    });
    Reports reports = new Reports(db.handle());
    KnownReports known = new KnownReports(reports, reports.shas());
    Deque<Pending> window = new ArrayDeque<>();
    summaries = new SummaryCache();
    try {
      db.batch(() -> {
        while (items.hasNext() || !window.isEmpty()) {
          while (items.hasNext() && window.size() < EXTRACT_AHEAD) {
            SourceItem item = items.next();
            if (item instanceof SourceReport r && !known.contains(r.sha256())) {
              window.add(new Pending(item, pool.submit(() -> extract(r, options))));
            } else {
              window.add(new Pending(item, null));
            }
          }
          each.accept(finish(window.poll(), options));
        }
      });
    } finally {
      summaries = null;
      pool.shutdownNow();
    }
  }

  private record Pending(SourceItem item, Future<Extraction> extraction) {
  }

  private Outcome finish(Pending p, IngestOptions options) {
    if (p.item() instanceof Rejected r) {
      return new Outcome.Rejected(r.input(), r.reason());
    }
    SourceReport in = (SourceReport) p.item();
    if (p.extraction() == null) {
      return ingest(in, options); // known before: ingest() reports it as a duplicate
    }
    Extraction x;
    try {
      x = p.extraction().get();
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof ExtractException) {
        return new Outcome.Rejected(in.input(), "cannot extract: " + cause.getMessage());
      }
      // a bug of ours on one report must not stop a batch of thousands; it is reported with the report
      return new Outcome.Rejected(in.input(), "internal error while extracting (please report it with this "
          + "file): " + cause);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new KbException("interrupted while ingesting " + in.input(), e);
    }
    if (written.containsKey(in.sha256())) {
      // the same bytes twice within one batch: the first is already stored
      return new Outcome.Duplicate(in.input(), written.get(in.sha256()));
    }
    return write(in, options, x);
  }

  private Extraction extract(SourceReport in, IngestOptions options) {
    ExtractOptions eo = ExtractOptions.defaults();
    Optional<LocalDate> published = in.publishedDate().or(options::published);
    if (published.isPresent()) {
      eo = eo.withPublished(published.get());
    }
    return extractor.extract(in.text(), eo);
  }

  private Outcome write(SourceReport in, IngestOptions options, Extraction x) {
    Instant now = clock.instant();
    Stored stored;
    try {
      stored = db.inTransaction(h -> store(h, in, options, x, now));
    } catch (RuntimeException e) {
      // the transaction rolled back: nothing of this report is stored, and the batch goes on
      cache.clear();
      if (summaries != null) {
        summaries.clear();
      }
      sources.clear();
      return new Outcome.Rejected(in.input(), "cannot store in " + db.location().describe() + ": "
          + e.getMessage());
    }
    written.put(in.sha256(), stored.outcome().reportId());
    listeners.forEach(l -> l.stored(stored.document()));
    return stored.outcome();
  }

  private record Stored(Outcome.Ingested outcome, IndexedReport document) {
  }

  private static final long WATCH_RECHECK_NANOS = 1_000_000_000L;
  private long watchesCheckedAt = Long.MIN_VALUE;
  private boolean anyWatch;

  /**
   * Whether any watch is set, asked at most once a second: most stores have none, and the question would
   * otherwise cost a query per report. A watch added meanwhile takes effect within the second.
   */
  private boolean watchesSet(Handle h) {
    long now = System.nanoTime();
    if (watchesCheckedAt == Long.MIN_VALUE || now - watchesCheckedAt > WATCH_RECHECK_NANOS) {
      anyWatch = new org.marsad.kb.store.Watches(h).any();
      watchesCheckedAt = now;
    }
    return anyWatch;
  }

  private Stored store(Handle h, SourceReport in, IngestOptions o, Extraction x, Instant now) {
    String sourceName = in.source().filter(s -> !s.isBlank()).or(o::source).orElse(IngestOptions.UNKNOWN_SOURCE);
    Source source = sources.computeIfAbsent(sourceName + "|" + o.reliability().map(Enum::name).orElse(""),
        k -> new Sources(h).ensure(sourceName, o.reliability(), Optional.empty(), now));
    Credibility cred = o.credibility().orElse(source.defaultCredibility());
    Optional<LocalDate> published = x.document().published().or(in::publishedDate).or(o::published);
    String language = x.document().language().code();
    long reportId = new Reports(h).insert(new NewReport(in.input(), in.original(), in.sha256(), in.text(),
        in.charset(), in.format().label(), in.title(), in.url(), language, published, source.id(), cred), now);
    ExtractionWriter.Written w = new ExtractionWriter(h, extractor.lexicon(), nameKey, cache, summaries)
        .write(reportId, in.sha256(), x, now, watchesSet(h), new org.marsad.kb.grade.Grade(source.reliability(), cred),
            published);
    new Reports(h).markComplete(reportId, w.rows());
    IndexedReport doc = new IndexedReport(reportId, in.sha256(), in.title().orElse(""), in.text(), language,
        published, sourceName, w.groups(), w.people(), w.places(), w.eventTypes(), w.mentionsPerEntity());
    return new Stored(new Outcome.Ingested(in.input(), reportId, w.entities(), w.claims(), w.alerts()), doc);
  }
}
