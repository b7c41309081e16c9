package org.marsad.kb.query;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.jdbi.v3.core.Handle;
import org.marsad.extract.RelationType;
import org.marsad.extract.Role;
import org.marsad.kb.grade.Tally;
import org.marsad.kb.store.Claims;
import org.marsad.kb.store.Entities;
import org.marsad.kb.store.FactKey;
import org.marsad.kb.store.FactSummaries;
import org.marsad.kb.store.FactSummaryRows;
import org.marsad.kb.store.Recency;
import org.marsad.kb.store.Reports;
import org.marsad.kb.store.StoredClaim;
import org.marsad.kb.store.StoredReport;

/**
 * Facts as the analyst sees them, read from the kept summaries instead of from every claim: the rows kept for
 * entities since merged are joined into one fact, whose confidence comes from their tallies and whose evidence is
 * their best few. The same facts built from the claims ({@link FactBuilder}) have the same type, entities, event
 * time, confidence and evidence count.
 */
final class KeptFacts {
  private final Handle h;
  private final Entities entities;
  private final FactSummaries summaries;

  KeptFacts(Handle h, Entities entities) {
    this.h = h;
    this.entities = entities;
    this.summaries = new FactSummaries(h);
  }

  /** One fact joined from its kept rows (several when entities were merged since): canonical entities, event time. */
  private record Joined(RelationType type, Map<Role, List<Long>> args, Optional<LocalDate> when,
                        List<FactSummaries.Summary> rows) {

    long firstRow() {
      return rows.get(0).id();
    }

    List<Long> rowIds() {
      return rows.stream().map(FactSummaries.Summary::id).toList();
    }

    Tally tally() {
      Tally t = Tally.empty();
      for (FactSummaries.Summary r : rows) {
        t = t.plus(r.tally());
      }
      return t;
    }

    /** The best few of all rows' best few: the best few of the whole. */
    List<FactSummaries.Evidence> shown() {
      List<FactSummaries.Evidence> all = new ArrayList<>();
      rows.forEach(r -> all.addAll(r.shown()));
      all.sort(FactSummaries.Evidence.BEST_FIRST);
      return all.subList(0, Math.min(FactSummaries.SHOWN, all.size()));
    }
  }

  /** A page of an entity's kept facts, and how many there are in all. */
  record Page(List<Fact> facts, int total) {
  }

  /**
   * The kept facts of these types in which the entity (canonical: merges applied) is the subject or the object, by
   * event time as {@link FactBuilder} orders facts: those from {@code offset}, at most {@code limit}. A group can
   * have two thousand affiliations: they are ordered from lean rows (id, type, event time), and only the page's
   * facts are read whole and read their evidence.
   */
  Page involving(long canonicalId, Set<RelationType> types, int offset, int limit) {
    FactSummaryRows rows = new FactSummaryRows(h);
    Map<Long, Long> mergedInto = rows.mergedInto();
    Merged merged = merged(rows, canonicalId, types, mergedInto);
    List<Ranked> all = new ArrayList<>();
    for (FactSummaryRows.Ranked r : rows.naming(canonicalId, types)) {
      if (!merged.rowIds().contains(r.id())) {
        all.add(new Ranked(r.firstWhen(), r.type(), r.id(), null));
      }
    }
    merged.facts().forEach(j -> all.add(new Ranked(j.when(), j.type(), j.firstRow(), j)));
    all.sort(Ranked.ORDER);
    int from = Math.min(offset, all.size());
    List<Ranked> ranked = all.subList(from, (int) Math.min((long) from + limit, all.size()));
    Map<Long, Joined> plain = new HashMap<>();
    List<Long> plainIds = ranked.stream().filter(r -> r.joined() == null).map(Ranked::firstRow).toList();
    for (FactSummaries.Summary s : rows.byIds(plainIds, mergedInto)) {
      plain.put(s.id(), join(List.of(s)).get(0));
    }
    List<Joined> joined = ranked.stream().map(r -> r.joined() != null ? r.joined() : plain.get(r.firstRow()))
        .toList();
    List<List<FactSummaries.Evidence>> shown = joined.stream().map(Joined::shown).toList();
    List<Long> shownIds = new ArrayList<>();
    shown.forEach(s -> s.forEach(e -> shownIds.add(e.claimId())));
    Evidence evidence = new Evidence(shownIds);
    List<Fact> out = new ArrayList<>(joined.size());
    for (int i = 0; i < joined.size(); i++) {
      Joined j = joined.get(i);
      out.add(new Fact(j.type(), j.args(), evidence.of(shown.get(i), j.args()), j.when(), j.tally().confidence()));
    }
    return new Page(out, all.size());
  }

  /** A fact in a page's order; {@code joined} is null for a kept row not yet read whole (its only row). */
  private record Ranked(Optional<LocalDate> when, RelationType type, long firstRow, Joined joined) {
    static final Comparator<Ranked> ORDER = Comparator.comparing((Ranked r) -> r.when().orElse(LocalDate.MAX))
        .thenComparing(r -> r.type().name()).thenComparingLong(Ranked::firstRow);
  }

  /** The facts of a page that join rows of merged entities, and the ids of every row read for them. */
  private record Merged(List<Joined> facts, Set<Long> rowIds) {
  }

  /**
   * The entity's facts that may join several kept rows: those naming a merged entity, read whole and joined, with
   * the one row each may join that names no merged entity (its stored key is its canonical key, so it is found by
   * key). Every other row naming the entity is a fact of its own. Costs as much as the merged entities' facts, which
   * are few; nothing when no entity is merged.
   */
  private Merged merged(FactSummaryRows rows, long canonicalId, Set<RelationType> types, Map<Long, Long> mergedInto) {
    if (mergedInto.isEmpty()) {
      return new Merged(List.of(), Set.of());
    }
    List<FactSummaries.Summary> read = new ArrayList<>(rows.byIds(rows.touchingAny(mergedInto.keySet(), types),
        mergedInto).stream().filter(s -> s.args().values().stream().anyMatch(ids -> ids.contains(canonicalId)))
        .toList());
    Set<Long> ids = new HashSet<>();
    read.forEach(s -> ids.add(s.id()));
    Set<Long> partners = new HashSet<>();
    for (Joined j : join(read)) {
      rows.idOf(j.type(), j.args()).filter(id -> !ids.contains(id)).ifPresent(partners::add);
    }
    read.addAll(rows.byIds(partners, mergedInto));
    read.sort(Comparator.comparingLong(FactSummaries.Summary::id)); // a joined fact's first row is its lowest id
    Set<Long> rowIds = new HashSet<>(ids);
    rowIds.addAll(partners);
    List<Joined> facts = join(read).stream()
        .filter(j -> j.args().getOrDefault(Role.SUBJECT, List.of()).contains(canonicalId)
            || j.args().getOrDefault(Role.OBJECT, List.of()).contains(canonicalId))
        .toList();
    return new Merged(facts, Set.copyOf(rowIds));
  }

  /** A page of the evidence of one fact, best grade first, then newest. */
  EvidencePage page(FactRef ref, Optional<String> cursor, int limit) {
    Optional<FactSummaries.Evidence> after = cursor.map(EvidencePage::decode);
    Role anchorRole = ref.args().keySet().iterator().next();
    List<Long> anchor = entities.members(ref.args().get(anchorRole).get(0));
    Joined fact = join(summaries.touching(anchor, Set.of(ref.type()))).stream()
        .filter(j -> new FactRef(j.type(), j.args()).equals(ref)).findFirst()
        .orElseThrow(() -> new UnknownFactException("no fact " + ref + " in the knowledge base (entities are "
            + "named by their ids now; a merge or split since changes them)"));
    List<FactSummaries.Evidence> rows = summaries.page(fact.rowIds(), after, limit + 1);
    List<FactSummaries.Evidence> shown = rows.subList(0, Math.min(limit, rows.size()));
    Optional<String> next = rows.size() > limit ? Optional.of(EvidencePage.encode(shown.get(shown.size() - 1)))
        : Optional.empty();
    List<Long> ids = shown.stream().map(FactSummaries.Evidence::claimId).toList();
    return new EvidencePage(ref, new Evidence(ids).of(shown, fact.args()), fact.tally().size(), limit, next);
  }

  /** Joins the kept rows whose entities are now one, by the fact key over canonical ids. */
  private List<Joined> join(List<FactSummaries.Summary> rows) {
    Map<String, Joined> byKey = new LinkedHashMap<>();
    for (FactSummaries.Summary r : rows) {
      Map<Role, List<Long>> args = new EnumMap<>(Role.class);
      r.args().forEach((role, canonical) -> args.put(role, List.copyOf(new TreeSet<>(canonical))));
      Joined j = new Joined(r.type(), args, r.firstWhen(), List.of(r));
      byKey.merge(FactKey.of(r.type(), args), j, KeptFacts::plus);
    }
    return new ArrayList<>(byKey.values());
  }

  private static Joined plus(Joined a, Joined b) {
    Optional<LocalDate> when = a.when().isEmpty() ? b.when()
        : b.when().filter(d -> d.isBefore(a.when().get())).or(a::when);
    List<FactSummaries.Summary> rows = new ArrayList<>(a.rows());
    rows.addAll(b.rows());
    return new Joined(a.type(), a.args(), when, rows);
  }

  /** The stored claims and reports behind some kept evidence, read in a few queries. */
  private final class Evidence {
    private final Map<Long, StoredClaim> claims;
    private final Map<Long, StoredReport> reports;

    Evidence(List<Long> claimIds) {
      this.claims = new Claims(h).withoutArgs(claimIds);
      Set<Long> reportIds = new HashSet<>();
      claims.values().forEach(c -> reportIds.add(c.reportId()));
      this.reports = new Reports(h).byIds(reportIds);
    }

    List<Fact.Evidence> of(List<FactSummaries.Evidence> kept, Map<Role, List<Long>> args) {
      List<Fact.Evidence> out = new ArrayList<>(kept.size());
      for (FactSummaries.Evidence k : kept) {
        StoredClaim c = claims.get(k.claimId());
        StoredReport r = c == null ? null : reports.get(c.reportId());
        if (r == null) {
          throw new org.marsad.kb.KbException("kept evidence names claim " + k.claimId()
              + ", which is not stored: the fact summaries are out of step with the claims");
        }
        out.add(new Fact.Evidence(c.withArgs(args), r.source(), r.grade().toString(), r.published(),
            Recency.when(c.earliest(), c.latest(), r.published())));
      }
      return out;
    }
  }
}
