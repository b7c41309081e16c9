package org.marsad.kb.query;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
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
   * The kept facts of these types in which the entity (given with its members) is the subject or the object, by
   * event time as {@link FactBuilder} orders facts: those from {@code offset}, at most {@code limit}. Only the
   * page's facts read their evidence, so a group with thousands of affiliations costs one row per fact.
   */
  Page involving(long canonicalId, Collection<Long> members, Set<RelationType> types, int offset, int limit) {
    List<Joined> all = join(summaries.touching(members, types)).stream()
        .filter(j -> j.args().getOrDefault(Role.SUBJECT, List.of()).contains(canonicalId)
            || j.args().getOrDefault(Role.OBJECT, List.of()).contains(canonicalId))
        .sorted(Comparator.comparing((Joined j) -> j.when().orElse(LocalDate.MAX))
            .thenComparing(j -> j.type().name()).thenComparingLong(Joined::firstRow))
        .toList();
    int from = Math.min(offset, all.size());
    List<Joined> joined = all.subList(from, (int) Math.min((long) from + limit, all.size()));
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
