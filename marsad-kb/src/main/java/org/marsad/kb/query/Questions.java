package org.marsad.kb.query;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jdbi.v3.core.Handle;
import org.marsad.extract.EntityType;
import org.marsad.extract.RelationType;
import org.marsad.extract.Role;
import org.marsad.kb.KbException;
import org.marsad.kb.resolve.NameKey;
import org.marsad.kb.store.ClaimFilter;
import org.marsad.kb.store.Claims;
import org.marsad.kb.store.Decision;
import org.marsad.kb.store.Decisions;
import org.marsad.kb.store.Entities;
import org.marsad.kb.store.FactSummaries;
import org.marsad.kb.store.LastPlaces;
import org.marsad.kb.store.Mentions;
import org.marsad.kb.store.Reports;
import org.marsad.kb.store.StoredEntity;

/** The analyst's questions to the whole body of reporting. "As of" is event time, not ingest time. */
public final class Questions {
  /** What an entity page lists as affiliations; the store keeps a summary of each such fact. */
  static final Set<RelationType> AFFILIATIONS = FactSummaries.KEPT;
  /** The place a claim puts its entities at, in the order a last place is chosen from. */
  private static final List<Role> PLACE_ROLES = List.of(Role.DESTINATION, Role.LOCATION, Role.ORIGIN);
  private final Handle h;
  private final Entities entities;
  private final EntityLookup lookup;
  private final Optional<org.marsad.kb.search.ReportIndex> index;

  public Questions(Handle h, NameKey nameKey) {
    this(h, nameKey, Optional.empty());
  }

  /**
   * With an index, an entity's report and mention counts are read from its postings; without one they are summed
   * from the store's mention rows, which takes seconds for an entity named in tens of thousands of reports.
   */
  public Questions(Handle h, NameKey nameKey, Optional<org.marsad.kb.search.ReportIndex> index) {
    this.h = h;
    this.entities = new Entities(h);
    this.lookup = new EntityLookup(entities, nameKey);
    this.index = index;
  }

  /** The one entity a typed name means; several candidates are an error that lists them. */
  public StoredEntity entity(String typed) {
    List<StoredEntity> found = lookup.find(typed);
    if (found.isEmpty()) {
      throw new UnknownEntityException("no entity named '" + typed + "' in the knowledge base");
    }
    List<StoredEntity> named = found.stream().filter(e -> !e.unnamed()).toList();
    if (named.size() == 1 || found.size() == 1) {
      return named.isEmpty() ? found.get(0) : named.get(0);
    }
    StringBuilder sb = new StringBuilder("'" + typed + "' names " + found.size() + " entities; use one of:");
    found.forEach(e -> sb.append(' ').append(e.ident()));
    throw new AmbiguousEntityException(sb.toString());
  }

  public StoredEntity entity(long id) {
    return entities.byId(id).map(entities::canonical)
        .orElseThrow(() -> new UnknownEntityException("no entity with id " + id));
  }

  /**
   * The entity's profile, from what the store keeps for entity pages: its affiliations come from the kept fact
   * summaries and its last place from the kept newest placed claim, so the work does not grow with the number of
   * reports that name it.
   */
  public Profile profile(String typed) {
    return profile(typed, 0, Integer.MAX_VALUE);
  }

  /**
   * The profile with one page of its affiliations, from {@code offset} in event-time order, at most {@code limit}:
   * a group can have thousands.
   */
  public Profile profile(String typed, int offset, int limit) {
    if (offset < 0 || limit < 1) {
      throw new KbException("a page starts at 0 or later and holds at least one affiliation, not offset " + offset
          + " and limit " + limit);
    }
    StoredEntity e = entity(typed);
    List<Long> members = entities.members(e.id());
    Mentions.Counts counts = index.map(i -> i.reach(members))
        .map(r -> new Mentions.Counts((int) Math.min(Integer.MAX_VALUE, r.mentions()), r.reports()))
        .orElseGet(() -> new Mentions(h).counts(e.id()));
    KeptFacts.Page page = new KeptFacts(h, entities).involving(e.id(), AFFILIATIONS, offset, limit);
    List<Fact> affiliations = page.facts();
    Set<String> idents = new HashSet<>();
    members.forEach(id -> entities.byId(id).ifPresent(m -> idents.add(m.ident())));
    List<Decision> decisions = new Decisions(h).all().stream()
        .filter(d -> idents.contains(d.identA()) || idents.contains(d.identB())).toList();
    Optional<Profile.LastSeen> lastSeen = lastSeen(e, members);
    Set<Long> named = new HashSet<>();
    affiliations.forEach(f -> f.args().values().forEach(named::addAll));
    return new Profile(e, entities.aliases(e.id()), counts.reports(), counts.mentions(), affiliations,
        page.total(), lastSeen, decisions, entities.canonical(named));
  }

  /**
   * One page of a kept fact's evidence (an affiliation of an entity page), best grade first, then newest; the
   * cursor is the one the previous page gave, empty for the first page.
   */
  public EvidencePage evidence(FactRef fact, Optional<String> cursor, int limit) {
    if (limit < 1) {
      throw new KbException("a page holds at least one piece of evidence, not " + limit);
    }
    return new KeptFacts(h, entities).page(fact, cursor, limit);
  }

  /**
   * Where the entity was last reported: the newest claim, by event time, that names it and a place (kept per
   * entity by ingest), with the place it names: its destination if it has one, else its location, else its origin.
   */
  private Optional<Profile.LastSeen> lastSeen(StoredEntity e, List<Long> members) {
    if (e.type() == EntityType.LOCATION) {
      return Optional.empty();
    }
    Optional<Long> newest = new LastPlaces(h).newestClaim(members);
    if (newest.isEmpty()) {
      return Optional.empty();
    }
    List<org.marsad.kb.store.StoredClaim> claims = new Claims(h).byIds(List.of(newest.get()));
    if (claims.isEmpty()) {
      throw new KbException("the last place kept for " + e.ident() + " names claim " + newest.get()
          + ", which is not stored: the kept summaries are out of step with the claims");
    }
    org.marsad.kb.store.StoredClaim c = claims.get(0);
    Long place = PLACE_ROLES.stream().map(c::arg).filter(ids -> !ids.isEmpty()).findFirst()
        .map(ids -> ids.get(0)).orElseThrow(() -> new KbException("claim " + c.id() + " is kept as the last place "
            + "of " + e.ident() + " but names no place"));
    org.marsad.kb.store.StoredReport r = new Reports(h).byId(c.reportId()).orElseThrow();
    Fact.Evidence ev = new Fact.Evidence(c, r.source(), r.grade().toString(), r.published(),
        org.marsad.kb.store.Recency.when(c.earliest(), c.latest(), r.published()));
    return Optional.of(new Profile.LastSeen(entity(place), ev));
  }

  /**
   * Relations and events that hold, or had happened, as of a date: a fact counts once its event time is on or
   * before that date. Facts with no date at all are left out of an as-of answer, since nothing places them.
   */
  public List<Fact> relations(Set<RelationType> types, Optional<LocalDate> asOf, Optional<String> entity) {
    ClaimFilter f = ClaimFilter.all().withTypes(types);
    if (entity.isPresent()) {
      f = f.withEntity(entity(entity.get()).id());
    }
    List<Fact> all = facts(f);
    if (asOf.isEmpty()) {
      return all;
    }
    return all.stream().filter(x -> x.when().isPresent() && !x.when().get().isAfter(asOf.get())).toList();
  }

  /** Every fact involving the entity, by event time. */
  public List<Fact> timeline(String typed) {
    return facts(ClaimFilter.all().withEntity(entity(typed).id()));
  }

  public Network network(String typed, int depth) {
    if (depth < 1 || depth > 4) {
      throw new KbException("network depth must be 1 to 4, got " + depth);
    }
    StoredEntity center = entity(typed);
    Map<Long, StoredEntity> nodes = new LinkedHashMap<>();
    Map<String, Fact> edges = new LinkedHashMap<>();
    nodes.put(center.id(), center);
    Deque<long[]> queue = new ArrayDeque<>();
    queue.add(new long[] {center.id(), 0});
    while (!queue.isEmpty()) {
      long[] at = queue.poll();
      if (at[1] >= depth) {
        continue;
      }
      for (Fact f : facts(ClaimFilter.all().withEntity(at[0]))) {
        edges.putIfAbsent(FactBuilder.key(f.evidence().get(0).claim()) + "@" + f.when(), f);
        for (List<Long> ids : f.args().values()) {
          for (Long id : ids) {
            if (!nodes.containsKey(id)) {
              nodes.put(id, entity(id));
              queue.add(new long[] {id, at[1] + 1});
            }
          }
        }
      }
    }
    return new Network(center, depth, new ArrayList<>(nodes.values()), new ArrayList<>(edges.values()));
  }

  public Changes changes(Instant since) {
    List<StoredEntity> newEntities = h.createQuery("SELECT id FROM entity WHERE created_at >= :s AND unnamed = FALSE "
            + "AND merged_into IS NULL ORDER BY id").bind("s", java.sql.Timestamp.from(since)).mapTo(Long.class)
        .list().stream().map(this::entity).toList();
    List<Fact> touched = factsTouchedSince(since);
    List<Fact> newRelations = new ArrayList<>();
    List<Fact> contradicted = new ArrayList<>();
    List<Fact> newEvents = new ArrayList<>();
    for (Fact f : touched) {
      Instant first = f.evidence().stream().map(e -> e.claim().ingestedAt()).min(Comparator.naturalOrder())
          .orElseThrow();
      boolean anyNew = f.evidence().stream().anyMatch(e -> !e.claim().ingestedAt().isBefore(since));
      if (!anyNew) {
        continue;
      }
      if (!first.isBefore(since)) {
        (f.type().isEvent() ? newEvents : newRelations).add(f);
      } else if (f.contradicted()) {
        contradicted.add(f);
      }
    }
    return new Changes(since, newEntities, newRelations, contradicted, newEvents);
  }

  /**
   * The facts that have evidence ingested since the moment, each with all its evidence, old and new. Every claim
   * of a fact involves the fact's smallest entity id, so loading the claims of those anchors finds them all
   * without reading the whole store.
   */
  private List<Fact> factsTouchedSince(Instant since) {
    List<org.marsad.kb.store.StoredClaim> fresh = new Claims(h).find(ClaimFilter.all().since(since));
    java.util.TreeSet<Long> anchors = new java.util.TreeSet<>();
    Set<RelationType> types = java.util.EnumSet.noneOf(RelationType.class);
    for (org.marsad.kb.store.StoredClaim c : fresh) {
      c.entities().stream().min(Long::compare).ifPresent(anchors::add);
      types.add(c.type());
    }
    if (anchors.isEmpty()) {
      return List.of();
    }
    Map<Long, org.marsad.kb.store.StoredClaim> claims = new LinkedHashMap<>();
    List<Long> all = new ArrayList<>(anchors);
    for (int from = 0; from < all.size(); from += 500) {
      Set<Long> chunk = Set.copyOf(all.subList(from, Math.min(all.size(), from + 500)));
      new Claims(h).find(ClaimFilter.all().withTypes(types).withEntities(chunk)).forEach(c -> claims.put(c.id(), c));
    }
    List<org.marsad.kb.store.StoredClaim> ordered = new ArrayList<>(claims.values());
    ordered.sort(Comparator.comparingLong(org.marsad.kb.store.StoredClaim::id));
    return new FactBuilder(new Reports(h)).build(ordered);
  }

  /** Facts for an export (all types if none given, all dates if no as-of), with every entity they name. */
  public org.marsad.kb.export.ExportData export(Set<RelationType> types, Optional<LocalDate> asOf) {
    List<Fact> facts = relations(types, asOf, Optional.empty());
    Map<Long, StoredEntity> named = new LinkedHashMap<>();
    for (Fact f : facts) {
      f.args().values().forEach(ids -> ids.forEach(id -> named.computeIfAbsent(id, this::entity)));
    }
    for (StoredEntity place : h.createQuery("SELECT id FROM entity WHERE type = 'LOCATION' AND lat IS NOT NULL "
        + "AND merged_into IS NULL").mapTo(Long.class).list().stream().map(this::entity).toList()) {
      named.putIfAbsent(place.id(), place);
    }
    return new org.marsad.kb.export.ExportData(facts, named);
  }

  List<Fact> facts(ClaimFilter f) {
    return new FactBuilder(new Reports(h)).build(new Claims(h).find(f));
  }
}
