package org.marsad.kb.ingest;

import java.time.Clock;
import java.time.Instant;
import java.util.function.LongConsumer;
import org.marsad.extract.ExtractOptions;
import org.marsad.extract.Extraction;
import org.marsad.extract.Extractor;
import org.marsad.kb.resolve.NameKey;
import org.marsad.kb.store.Database;
import org.marsad.kb.store.Reports;
import org.marsad.kb.store.StoredReport;

/**
 * Runs the extractor again over every stored report, after a lexicon or extractor update. Entities, mentions,
 * claims and alerts are rebuilt from the stored texts; reports, originals, sources, watches and the
 * analysts' own decisions stay, and resolution applies those decisions again as it goes.
 */
public final class Reextractor {
  private final Database db;
  private final Extractor extractor;
  private final Clock clock;

  public Reextractor(Database db, Extractor extractor, Clock clock) {
    this.db = db;
    this.extractor = extractor;
    this.clock = clock;
  }

  /** Returns the number of reports extracted again; {@code progress} hears each report id. */
  public int run(LongConsumer progress) {
    NameKey nameKey = NameKey.from(extractor.lexicon());
    org.marsad.kb.store.EntityCache cache = new org.marsad.kb.store.EntityCache();
    org.marsad.kb.store.SummaryCache summaries = new org.marsad.kb.store.SummaryCache();
    // "new since" must not mean "rebuilt since": entities keep the time they first appeared
    java.util.Map<String, java.sql.Timestamp> firstSeen = new java.util.HashMap<>();
    db.handle().createQuery("SELECT ident, created_at FROM entity")
        .map((rs, ctx) -> java.util.Map.entry(rs.getString(1), rs.getTimestamp(2)))
        .forEach(e -> firstSeen.put(e.getKey(), e.getValue()));
    db.handle().useTransaction(h -> {
      org.marsad.kb.store.Summaries.clear(h);
      for (String table : new String[] {"alert", "claim_arg", "claim", "mention", "alias"}) {
        h.execute("DELETE FROM " + table);
      }
      h.execute("DELETE FROM decision WHERE by_hand = FALSE");
      h.execute("UPDATE entity SET merged_into = NULL");
      h.execute("DELETE FROM entity");
    });
    Reports reports = new Reports(db.handle());
    int n = 0;
    for (long id : reports.ids()) {
      StoredReport r = reports.byId(id).orElseThrow();
      ExtractOptions o = ExtractOptions.defaults();
      if (r.published().isPresent()) {
        o = o.withPublished(r.published().get());
      }
      Extraction x = extractor.extract(reports.text(id), o);
      Instant now = clock.instant();
      db.handle().useTransaction(h -> {
        ExtractionWriter.Written w = new ExtractionWriter(h, extractor.lexicon(), nameKey, cache, summaries).write(id,
            r.sha256(), x, now, true, r.grade(), r.published());
        reports.markComplete(id, w.rows()); // the counts Leftovers checks follow the new extraction
      });
      progress.accept(id);
      n++;
    }
    db.handle().useTransaction(h -> {
      var update = h.prepareBatch("UPDATE entity SET created_at = :t WHERE ident = :i");
      firstSeen.forEach((ident, t) -> update.bind("t", t).bind("i", ident).add());
      if (!firstSeen.isEmpty()) {
        update.execute();
      }
    });
    return n;
  }
}
