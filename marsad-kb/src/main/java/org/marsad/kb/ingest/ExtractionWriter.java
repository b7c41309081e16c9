package org.marsad.kb.ingest;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jdbi.v3.core.Handle;
import org.marsad.extract.Entity;
import org.marsad.extract.EntityType;
import org.marsad.extract.Extraction;
import org.marsad.extract.Mention;
import org.marsad.extract.Relation;
import org.marsad.extract.Role;
import org.marsad.extract.lexicon.Lexicon;
import org.marsad.kb.grade.Grade;
import org.marsad.kb.index.FacetLabels;
import org.marsad.kb.query.EntityLookup;
import org.marsad.kb.resolve.CrossReportResolver;
import org.marsad.kb.resolve.NameKey;
import org.marsad.kb.resolve.Resolution;
import org.marsad.kb.store.ClaimFilter;
import org.marsad.kb.store.Claims;
import org.marsad.kb.store.Decisions;
import org.marsad.kb.store.Entities;
import org.marsad.kb.store.EntityCache;
import org.marsad.kb.store.FactSummaries;
import org.marsad.kb.store.LastPlaces;
import org.marsad.kb.store.Recency;
import org.marsad.kb.store.Mentions;
import org.marsad.kb.store.Reports;
import org.marsad.kb.store.StoredEntity;
import org.marsad.kb.store.SummaryCache;
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
  private final EntityCache cache;
  private final SummaryCache summaries;

  /** How much was written, and the facets the report's search document gets. */
  record Written(int entities, int claims, int alerts, Set<String> groups, Set<String> people, Set<String> places,
                 Set<String> eventTypes, Map<Long, Integer> mentionsPerEntity, Reports.Rows rows) {
  }

  /** {@code summaries} may be null: outside a batch each report reads the kept facts it adds to. */
  ExtractionWriter(Handle h, Lexicon lexicon, NameKey nameKey, EntityCache cache, SummaryCache summaries) {
    this.h = h;
    this.lexicon = lexicon;
    this.nameKey = nameKey;
    this.cache = cache;
    this.summaries = summaries;
  }

  /**
   * Writes the extraction of a report of this grade and publication day; {@code checkWatches} is false when the
   * store has no watch to check.
   */
  Written write(long reportId, String sha256, Extraction x, Instant now, boolean checkWatches, Grade grade,
                Optional<LocalDate> published) {
    CodePoints cp = new CodePoints(x.text());
    Entities entities = new Entities(h, cache);
    CrossReportResolver resolver = new CrossReportResolver(entities, new Decisions(h, cache), lexicon, nameKey);
    Map<String, Long> idOf = new HashMap<>();
    List<Mentions.NewMentions> mentions = new ArrayList<>();
    Set<String> groups = new HashSet<>();
    Set<String> people = new HashSet<>();
    Set<String> places = new HashSet<>();
    Map<Long, Integer> perEntity = new HashMap<>();
    Set<Long> placeIds = new HashSet<>();
    for (Entity e : x.entities()) {
      Resolution r = resolver.resolve(e, sha256, now);
      idOf.put(e.id(), r.entity().id());
      if (r.entity().type() == EntityType.LOCATION) {
        placeIds.add(r.entity().id());
      }
      Set<Integer> starts = new HashSet<>();
      List<int[]> spans = new ArrayList<>();
      for (Mention m : e.mentions()) {
        if (starts.add(m.start())) { // one mention per place where the entity is named
          spans.add(new int[] {cp.of(m.start()), cp.of(m.end())});
        }
      }
      mentions.add(new Mentions.NewMentions(reportId, r.entity().id(), e.id(), spans, r.nameKey().orElse(null),
          r.why()));
      perEntity.merge(r.entity().id(), spans.size(), Integer::sum);
      if (!r.entity().unnamed()) {
        StoredEntity c = entities.canonical(r.entity());
        FacetLabels.add(c.type(), FacetLabels.label(c.name(), c.nameEn()), groups, people, places);
      }
    }
    new Mentions(h).insertAll(mentions);
    Claims claims = new Claims(h);
    Set<String> types = new HashSet<>();
    List<Claims.NewClaim> newClaims = new ArrayList<>();
    for (Relation rel : x.relations()) {
      Map<Role, List<Claims.Arg>> args = new EnumMap<>(Role.class);
      rel.args().forEach((role, ids) -> args.put(role, ids.stream().map(l -> new Claims.Arg(l, idOf.get(l)))
          .toList()));
      Mention ev = rel.evidence();
      newClaims.add(new Claims.NewClaim(reportId, rel.id(), rel.type(), rel.modality(),
          rel.attribution().map(Mention::text), rel.time().map(t -> t.mention().text()),
          rel.time().flatMap(t -> t.earliest()), rel.time().flatMap(t -> t.latest()), cp.of(ev.start()),
          cp.of(ev.end()), ev.text(), rel.confidence(), args));
      types.add(rel.type().name());
    }
    Claims.Inserted inserted = claims.insertAll(newClaims, now);
    summarise(newClaims, inserted.ids(), grade, published, placeIds);
    Watches watches = new Watches(h);
    int alerts = 0;
    if (checkWatches && !x.relations().isEmpty() && watches.any()) {
      WatchMatcher matcher = new WatchMatcher(watches, new EntityLookup(entities, nameKey));
      alerts = matcher.check(claims.find(ClaimFilter.all().inReport(reportId)), now);
    }
    return new Written(x.entities().size(), x.relations().size(), alerts, groups, people, places, types,
        perEntity, new Reports.Rows(mentions.size(), newClaims.size(), inserted.argRows()));
  }

  /** Counts the report's claims into the kept facts and last places, in the report's transaction. */
  private void summarise(List<Claims.NewClaim> newClaims, List<Long> ids, Grade grade, Optional<LocalDate> published,
                         Set<Long> placeIds) {
    List<FactSummaries.NewEvidence> kept = new ArrayList<>();
    List<LastPlaces.Candidate> placed = new ArrayList<>();
    for (int i = 0; i < newClaims.size(); i++) {
      Claims.NewClaim n = newClaims.get(i);
      Map<Role, List<Long>> stored = new EnumMap<>(Role.class);
      n.args().forEach((role, args) -> stored.put(role, args.stream().map(Claims.Arg::entityId).toList()));
      Optional<LocalDate> when = Recency.when(n.earliest(), n.latest(), published);
      if (FactSummaries.KEPT.contains(n.type())) {
        kept.add(new FactSummaries.NewEvidence(ids.get(i), n.type(), stored, grade, n.modality(), when));
      }
      if (LastPlaces.PLACE_ROLES.stream().anyMatch(r -> !stored.getOrDefault(Role.valueOf(r), List.of()).isEmpty())) {
        for (List<Long> entities : stored.values()) {
          for (long entity : entities) {
            if (!placeIds.contains(entity)) {
              placed.add(new LastPlaces.Candidate(entity, Recency.of(when), ids.get(i)));
            }
          }
        }
      }
    }
    new FactSummaries(h, summaries).add(kept);
    new LastPlaces(h, summaries).add(placed);
  }
}
