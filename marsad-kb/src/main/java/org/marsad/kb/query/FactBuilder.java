package org.marsad.kb.query;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.marsad.kb.KbException;
import org.marsad.kb.grade.Confidence;
import org.marsad.kb.store.Reports;
import org.marsad.kb.store.StoredClaim;
import org.marsad.kb.store.StoredReport;

/**
 * Groups claims into facts. Claims are one fact when they have the same type and the same entities in the
 * same roles (for symmetric types, the same set of entities). Events also need to fall within
 * {@value #EVENT_WINDOW_DAYS} days of each other: two attacks by the same group on the same army a month apart
 * are two events.
 */
public final class FactBuilder {
  static final int EVENT_WINDOW_DAYS = 3;
  private final Reports reports;
  private final Map<Long, StoredReport> reportCache = new HashMap<>();

  public FactBuilder(Reports reports) {
    this.reports = reports;
  }

  public List<Fact> build(List<StoredClaim> claims) {
    // one query per 500 reports rather than one per report: a group's facts rest on thousands of reports
    List<Long> missing = claims.stream().map(StoredClaim::reportId).filter(id -> !reportCache.containsKey(id))
        .distinct().toList();
    if (missing.size() > 1) {
      reportCache.putAll(reports.byIds(missing));
    }
    Map<String, List<Fact.Evidence>> groups = new LinkedHashMap<>();
    for (StoredClaim c : claims) {
      groups.computeIfAbsent(key(c), k -> new ArrayList<>()).add(evidence(c));
    }
    List<Fact> out = new ArrayList<>();
    for (List<Fact.Evidence> g : groups.values()) {
      if (g.get(0).claim().type().isEvent()) {
        out.addAll(splitByTime(g));
      } else {
        out.add(fact(g));
      }
    }
    out.sort(Comparator.comparing((Fact f) -> f.when().orElse(LocalDate.MAX)).thenComparing(f -> f.type().name()));
    return out;
  }

  private List<Fact> splitByTime(List<Fact.Evidence> group) {
    List<Fact.Evidence> dated = new ArrayList<>(group);
    dated.sort(Comparator.comparing((Fact.Evidence e) -> e.when().orElse(LocalDate.MAX)));
    List<Fact> out = new ArrayList<>();
    List<Fact.Evidence> current = new ArrayList<>();
    LocalDate last = null;
    for (Fact.Evidence e : dated) {
      LocalDate d = e.when().orElse(null);
      boolean gap = last != null && d != null && ChronoUnit.DAYS.between(last, d) > EVENT_WINDOW_DAYS;
      if (gap) {
        out.add(fact(current));
        current = new ArrayList<>();
      }
      current.add(e);
      if (d != null) {
        last = d;
      }
    }
    out.add(fact(current));
    return out;
  }

  /**
   * One fact from evidence already grouped, such as part of a fact's evidence: its arguments are the first
   * claim's, its time and confidence those of this evidence alone.
   */
  public Fact of(List<Fact.Evidence> evidence) {
    if (evidence.isEmpty()) {
      throw new KbException("a fact rests on at least one piece of evidence, got none");
    }
    return fact(evidence);
  }

  private Fact fact(List<Fact.Evidence> evidence) {
    StoredClaim first = evidence.get(0).claim();
    Optional<LocalDate> when = evidence.stream().flatMap(e -> e.when().stream()).min(LocalDate::compareTo);
    List<Confidence.Evidence> grades = new ArrayList<>();
    for (Fact.Evidence e : evidence) {
      grades.add(new Confidence.Evidence(report(e.claim().reportId()).grade(), e.claim().modality()));
    }
    return new Fact(first.type(), first.args(), evidence, when, Confidence.of(grades));
  }

  private Fact.Evidence evidence(StoredClaim c) {
    StoredReport r = report(c.reportId());
    Optional<LocalDate> when = c.earliest().or(c::latest).or(r::published);
    return new Fact.Evidence(c, r.source(), r.grade().toString(), r.published(), when);
  }

  StoredReport report(long id) {
    return reportCache.computeIfAbsent(id, k -> reports.byId(k).orElseThrow());
  }

  static String key(StoredClaim c) {
    return org.marsad.kb.store.FactKey.of(c.type(), c.args());
  }
}
