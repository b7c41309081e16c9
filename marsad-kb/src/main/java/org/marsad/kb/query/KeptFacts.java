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
import org.marsad.kb.store.StoredEntity;
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

  /** One fact joined from its kept rows: canonical entities, all its evidence counted, its best few shown. */
  private record Joined(RelationType type, Map<Role, List<Long>> args, Tally tally, Optional<LocalDate> when,
                        List<FactSummaries.Evidence> shown, List<Long> rows) {
  }

  /**
   * The kept facts of these types in which the entity (given with its members) is the subject or the object, by
   * event time as {@link FactBuilder} orders facts.
   */
  List<Fact> involving(long canonicalId, Collection<Long> members, Set<RelationType> types) {
    List<Joined> joined = join(summaries.touching(members, types)).stream()
        .filter(j -> j.args().getOrDefault(Role.SUBJECT, List.of()).contains(canonicalId)
            || j.args().getOrDefault(Role.OBJECT, List.of()).contains(canonicalId))
        .sorted(Comparator.comparing((Joined j) -> j.when().orElse(LocalDate.MAX))
            .thenComparing(j -> j.type().name()).thenComparing(j -> j.rows().get(0)))
        .toList();
    List<Long> shownIds = new ArrayList<>();
    joined.forEach(j -> j.shown().forEach(e -> shownIds.add(e.claimId())));
    Evidence evidence = new Evidence(shownIds);
    List<Fact> out = new ArrayList<>(joined.size());
    for (Joined j : joined) {
      out.add(new Fact(j.type(), j.args(), evidence.of(j.shown(), j.args()), j.when(), j.tally().confidence()));
    }
    return out;
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
    List<FactSummaries.Evidence> rows = summaries.page(fact.rows(), after, limit + 1);
    List<FactSummaries.Evidence> shown = rows.subList(0, Math.min(limit, rows.size()));
    Optional<String> next = rows.size() > limit ? Optional.of(EvidencePage.encode(shown.get(shown.size() - 1)))
        : Optional.empty();
    List<Long> ids = shown.stream().map(FactSummaries.Evidence::claimId).toList();
    return new EvidencePage(ref, new Evidence(ids).of(shown, fact.args()), fact.tally().size(), limit, next);
  }

  /** Joins the kept rows whose entities are now one, by the fact key over canonical ids. */
  private List<Joined> join(List<FactSummaries.Summary> rows) {
    Set<Long> ids = new HashSet<>();
    rows.forEach(r -> r.args().values().forEach(ids::addAll));
    Map<Long, StoredEntity> canonical = entities.canonical(ids);
    Map<String, Joined> byKey = new LinkedHashMap<>();
    for (FactSummaries.Summary r : rows) {
      Map<Role, List<Long>> args = new EnumMap<>(Role.class);
      r.args().forEach((role, stored) -> {
        TreeSet<Long> now = new TreeSet<>();
        stored.forEach(id -> now.add(canonical.containsKey(id) ? canonical.get(id).id() : id));
        args.put(role, List.copyOf(now));
      });
      Joined j = new Joined(r.type(), args, r.tally(), r.firstWhen(), r.shown(), List.of(r.id()));
      byKey.merge(FactKey.of(r.type(), args), j, KeptFacts::plus);
    }
    return new ArrayList<>(byKey.values());
  }

  private static Joined plus(Joined a, Joined b) {
    List<FactSummaries.Evidence> shown = new ArrayList<>(a.shown());
    shown.addAll(b.shown());
    shown.sort(FactSummaries.Evidence.BEST_FIRST);
    Optional<LocalDate> when = a.when().isEmpty() ? b.when()
        : b.when().filter(d -> d.isBefore(a.when().get())).or(a::when);
    List<Long> rows = new ArrayList<>(a.rows());
    rows.addAll(b.rows());
    return new Joined(a.type(), a.args(), a.tally().plus(b.tally()), when,
        shown.subList(0, Math.min(FactSummaries.SHOWN, shown.size())), rows);
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
