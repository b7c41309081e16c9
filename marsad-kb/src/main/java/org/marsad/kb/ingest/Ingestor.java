package org.marsad.kb.ingest;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.marsad.extract.Entity;
import org.marsad.extract.ExtractException;
import org.marsad.extract.ExtractOptions;
import org.marsad.extract.Extraction;
import org.marsad.extract.Extractor;
import org.marsad.extract.Mention;
import org.marsad.extract.Relation;
import org.marsad.extract.Role;
import org.marsad.kb.KbException;
import org.marsad.kb.grade.Credibility;
import org.marsad.kb.query.EntityLookup;
import org.marsad.kb.resolve.CrossReportResolver;
import org.marsad.kb.resolve.NameKey;
import org.marsad.kb.resolve.Resolution;
import org.marsad.kb.store.ClaimFilter;
import org.marsad.kb.store.Claims;
import org.marsad.kb.store.Database;
import org.marsad.kb.store.Decisions;
import org.marsad.kb.store.Entities;
import org.marsad.kb.store.Mentions;
import org.marsad.kb.store.NewReport;
import org.marsad.kb.store.Reports;
import org.marsad.kb.store.Source;
import org.marsad.kb.store.Sources;
import org.marsad.kb.store.Watches;
import org.marsad.kb.watch.WatchMatcher;
import org.marsad.text.CodePoints;

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

  public Outcome ingest(Incoming in, IngestOptions options) {
    Reports reports = new Reports(db.handle());
    Optional<Long> known = reports.bySha(in.sha256()).map(r -> r.id());
    if (known.isPresent()) {
      return new Outcome.Duplicate(in.inputName(), known.get());
    }
    Extraction x;
    try {
      ExtractOptions eo = ExtractOptions.defaults();
      Optional<java.time.LocalDate> published = in.published().or(options::published);
      if (published.isPresent()) {
        eo = eo.withPublished(published.get());
      }
      x = extractor.extract(in.text(), eo);
    } catch (ExtractException e) {
      return new Outcome.Rejected(in.inputName(), "cannot extract: " + e.getMessage());
    }
    Instant now = clock.instant();
    try {
      Outcome.Ingested done = db.handle().inTransaction(h -> store(h, in, options, x, now));
      listeners.forEach(l -> l.stored(done.reportId(), x));
      return done;
    } catch (RuntimeException e) {
      throw new KbException("cannot store " + in.inputName() + " in " + db.location().describe() + ": "
          + e.getMessage(), e);
    }
  }

  private Outcome.Ingested store(Handle h, Incoming in, IngestOptions o, Extraction x, Instant now) {
    String sourceName = in.source().filter(s -> !s.isBlank()).or(o::source).orElse(IngestOptions.UNKNOWN_SOURCE);
    Source source = new Sources(h).ensure(sourceName, o.reliability(), Optional.empty(), now);
    Credibility cred = o.credibility().orElse(source.defaultCredibility());
    Optional<java.time.LocalDate> published = x.document().published().or(in::published).or(o::published);
    long reportId = new Reports(h).insert(new NewReport(in.inputName(), in.original(), in.sha256(), in.text(),
        in.charset(), in.format(), in.title(), in.url(), x.document().language().code(), published, source.id(),
        cred), now);
    CodePoints cp = new CodePoints(x.text());
    Entities entities = new Entities(h);
    CrossReportResolver resolver = new CrossReportResolver(entities, new Decisions(h), extractor.lexicon(), nameKey);
    Mentions mentions = new Mentions(h);
    Map<String, Long> idOf = new HashMap<>();
    for (Entity e : x.entities()) {
      Resolution r = resolver.resolve(e, in.sha256(), now);
      idOf.put(e.id(), r.entity().id());
      for (Mention m : e.mentions()) {
        mentions.insert(reportId, r.entity().id(), e.id(), cp.of(m.start()), cp.of(m.end()), m.text(),
            r.nameKey().orElse(null), r.why());
      }
    }
    Claims claims = new Claims(h);
    for (Relation rel : x.relations()) {
      Map<Role, List<Long>> args = new EnumMap<>(Role.class);
      rel.args().forEach((role, ids) -> args.put(role, ids.stream().map(idOf::get).toList()));
      Mention ev = rel.evidence();
      claims.insert(new Claims.NewClaim(reportId, rel.id(), rel.type(), rel.modality(),
          rel.attribution().map(Mention::text), rel.time().map(t -> t.mention().text()),
          rel.time().flatMap(t -> t.earliest()), rel.time().flatMap(t -> t.latest()), cp.of(ev.start()),
          cp.of(ev.end()), ev.text(), rel.confidence(), args), now);
    }
    WatchMatcher watches = new WatchMatcher(new Watches(h), new EntityLookup(entities, nameKey));
    int alerts = watches.check(claims.find(ClaimFilter.all().inReport(reportId)), now);
    return new Outcome.Ingested(in.inputName(), reportId, x.entities().size(), x.relations().size(), alerts);
  }
}
