package org.marsad.kb.store;

import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.jdbi.v3.core.Handle;
import org.marsad.extract.RelationType;
import org.marsad.extract.Role;
import org.marsad.kb.KbException;

/**
 * Reads of the kept facts ({@link FactSummaries}) for entity pages. A group can have thousands of affiliations and
 * a page shows fifty, so a page first orders lean rows (id, type, event time) and reads whole rows, with their
 * entities, only for the facts it shows.
 */
public final class FactSummaryRows {
  private final Handle h;

  public FactSummaryRows(Handle h) {
    this.h = h;
  }

  /** A kept row as a page orders it: without its entities, tally or evidence. */
  public record Ranked(long id, RelationType type, Optional<LocalDate> firstWhen) {
  }

  /**
   * Every merged entity and the entity it is merged into. Merged entities are few in any store, and their index is
   * small: one read of them all is cheaper than looking up the entity of every argument.
   */
  public Map<Long, Long> mergedInto() {
    Map<Long, Long> out = new HashMap<>();
    h.createQuery("SELECT id, merged_into FROM entity WHERE merged_into IS NOT NULL")
        .map((rs, ctx) -> new long[] {rs.getLong(1), rs.getLong(2)}).forEach(r -> out.put(r[0], r[1]));
    return out;
  }

  /** The kept rows of these types in which this stored entity is the subject or the object, each once. */
  public List<Ranked> naming(long entityId, Set<RelationType> types) {
    Map<Long, Ranked> out = new LinkedHashMap<>();
    // fact_summary_arg_entity holds every column read here (V40): one range of one index, no row read
    h.createQuery("SELECT fact_id, type, first_when FROM fact_summary_arg WHERE entity_id = :e AND type IN (<t>) "
            + "AND role IN ('SUBJECT', 'OBJECT')")
        .bind("e", entityId).bindList("t", names(types))
        .map((rs, ctx) -> new Ranked(rs.getLong(1), RelationType.valueOf(rs.getString(2)),
            Optional.ofNullable(rs.getDate(3)).map(java.sql.Date::toLocalDate)))
        .forEach(r -> out.putIfAbsent(r.id(), r)); // a fact naming the entity in both roles comes twice
    return List.copyOf(out.values());
  }

  /** The ids of the kept rows of these types that name any of these stored entities, in any role. */
  public Set<Long> touchingAny(Collection<Long> entityIds, Set<RelationType> types) {
    Set<Long> out = new TreeSet<>();
    for (List<Long> chunk : FactSummaries.chunks(entityIds)) {
      out.addAll(h.createQuery("SELECT DISTINCT fact_id FROM fact_summary_arg WHERE entity_id IN (<e>) "
          + "AND type IN (<t>)").bindList("e", chunk).bindList("t", names(types)).mapTo(Long.class).list());
    }
    return out;
  }

  /** The kept row whose key over stored ids is this one, if any. */
  public Optional<Long> idOf(RelationType type, Map<Role, List<Long>> args) {
    return h.createQuery("SELECT id FROM fact_summary WHERE fact_key = :k")
        .bind("k", FactSummaries.storedKey(type, args)).mapTo(Long.class).findOne();
  }

  /** These kept rows whole, in id order, their entities as they stand now (canonical ids). */
  public List<FactSummaries.Summary> byIds(Collection<Long> factIds, Map<Long, Long> mergedInto) {
    List<FactSummaries.Summary> out = new ArrayList<>();
    for (List<Long> chunk : FactSummaries.chunks(new TreeSet<>(factIds))) {
      out.addAll(read("fact_summary f JOIN fact_summary_arg a ON a.fact_id = f.id WHERE f.id IN (<ids>)",
          Map.of("ids", chunk), mergedInto));
    }
    return out;
  }

  /**
   * The kept rows of these types that name any of these stored entities, in any role, whole. Two joins rather than
   * lists of ids: H2 checks a long IN list value by value for every row it reads, which made a group with two
   * thousand affiliations take a quarter of a second.
   */
  public List<FactSummaries.Summary> touching(Collection<Long> entityIds, Set<RelationType> types) {
    if (entityIds.isEmpty()) {
      return List.of();
    }
    String facts = "(SELECT DISTINCT fact_id FROM fact_summary_arg WHERE entity_id IN (<e>) AND type IN (<t>)) x";
    return read(facts + " JOIN fact_summary f ON f.id = x.fact_id JOIN fact_summary_arg a ON a.fact_id = f.id",
        Map.of("e", List.copyOf(entityIds), "t", names(types)), mergedInto());
  }

  /** One pass over a join that gives each fact's row once per argument; the row is kept the first time. */
  private List<FactSummaries.Summary> read(String from, Map<String, List<?>> lists, Map<Long, Long> mergedInto) {
    Map<Long, String[]> rows = new TreeMap<>();
    Map<Long, Map<Role, List<Long>>> args = new HashMap<>();
    var q = h.createQuery("SELECT f.id, f.type, f.first_when, f.tally, f.shown, a.role, a.entity_id FROM " + from);
    lists.forEach(q::bindList);
    q.map((rs, ctx) -> {
      long id = rs.getLong(1);
      rows.computeIfAbsent(id, k -> {
        try {
          java.sql.Date first = rs.getDate(3);
          return new String[] {rs.getString(2), first == null ? null : first.toString(), rs.getString(4),
              rs.getString(5)};
        } catch (SQLException e) {
          throw new KbException("cannot read kept fact " + id + ": " + e.getMessage(), e);
        }
      });
      List<Long> ids = args.computeIfAbsent(id, k -> new EnumMap<>(Role.class))
          .computeIfAbsent(Role.valueOf(rs.getString(6)), k -> new ArrayList<>());
      long canonical = mergedInto.getOrDefault(rs.getLong(7), rs.getLong(7));
      if (!ids.contains(canonical)) {
        ids.add(canonical);
      }
      return Boolean.TRUE;
    }).list();
    List<FactSummaries.Summary> out = new ArrayList<>(rows.size());
    rows.forEach((id, r) -> out.add(new FactSummaries.Summary(id, RelationType.valueOf(r[0]), args.get(id),
        Optional.ofNullable(r[1]).map(LocalDate::parse), r[2], r[3])));
    return out;
  }

  private static List<String> names(Set<RelationType> types) {
    return types.stream().map(Enum::name).sorted().toList();
  }
}
