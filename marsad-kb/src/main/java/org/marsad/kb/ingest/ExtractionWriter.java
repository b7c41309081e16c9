package org.marsad.kb.ingest;

import java.time.Instant;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Handle;
import org.marsad.extract.Entity;
import org.marsad.extract.Extraction;
import org.marsad.extract.Mention;
import org.marsad.extract.Relation;
import org.marsad.extract.Role;
import org.marsad.extract.lexicon.Lexicon;
import org.marsad.kb.query.EntityLookup;
import org.marsad.kb.resolve.CrossReportResolver;
import org.marsad.kb.resolve.NameKey;
import org.marsad.kb.resolve.Resolution;
import org.marsad.kb.store.ClaimFilter;
import org.marsad.kb.store.Claims;
import org.marsad.kb.store.Decisions;
import org.marsad.kb.store.Entities;
import org.marsad.kb.store.Mentions;
import org.marsad.kb.store.Watches;
import org.marsad.kb.watch.WatchMatcher;
import org.marsad.text.CodePoints;

/**
 * Writes what the extractor found in one stored report: entities resolved across reports, their mentions,
 * the claims with their arguments, and the alerts they raise. Runs inside the caller's transaction; offsets
 * become code points here, as in the JSON contract.
 */
final class ExtractionWriter {
  private final Handle h;
  private final Lexicon lexicon;
  private final NameKey nameKey;

  /** How much was written. */
  record Written(int entities, int claims, int alerts) {
  }

  ExtractionWriter(Handle h, Lexicon lexicon, NameKey nameKey) {
    this.h = h;
    this.lexicon = lexicon;
    this.nameKey = nameKey;
  }

  Written write(long reportId, String sha256, Extraction x, Instant now) {
    CodePoints cp = new CodePoints(x.text());
    Entities entities = new Entities(h);
    CrossReportResolver resolver = new CrossReportResolver(entities, new Decisions(h), lexicon, nameKey);
    Mentions mentions = new Mentions(h);
    Map<String, Long> idOf = new HashMap<>();
    for (Entity e : x.entities()) {
      Resolution r = resolver.resolve(e, sha256, now);
      idOf.put(e.id(), r.entity().id());
      for (Mention m : e.mentions()) {
        mentions.insert(reportId, r.entity().id(), e.id(), cp.of(m.start()), cp.of(m.end()), m.text(),
            r.nameKey().orElse(null), r.why());
      }
    }
    Claims claims = new Claims(h);
    for (Relation rel : x.relations()) {
      Map<Role, List<Claims.Arg>> args = new EnumMap<>(Role.class);
      rel.args().forEach((role, ids) -> args.put(role, ids.stream().map(l -> new Claims.Arg(l, idOf.get(l)))
          .toList()));
      Mention ev = rel.evidence();
      claims.insert(new Claims.NewClaim(reportId, rel.id(), rel.type(), rel.modality(),
          rel.attribution().map(Mention::text), rel.time().map(t -> t.mention().text()),
          rel.time().flatMap(t -> t.earliest()), rel.time().flatMap(t -> t.latest()), cp.of(ev.start()),
          cp.of(ev.end()), ev.text(), rel.confidence(), args), now);
    }
    WatchMatcher watches = new WatchMatcher(new Watches(h), new EntityLookup(entities, nameKey));
    int alerts = watches.check(claims.find(ClaimFilter.all().inReport(reportId)), now);
    return new Written(x.entities().size(), x.relations().size(), alerts);
  }
}
