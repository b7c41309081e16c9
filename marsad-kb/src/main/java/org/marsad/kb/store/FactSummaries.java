package org.marsad.kb.store;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.jdbi.v3.core.Handle;
import org.marsad.extract.Modality;
import org.marsad.extract.RelationType;
import org.marsad.extract.Role;
import org.marsad.kb.KbException;
import org.marsad.kb.grade.Grade;
import org.marsad.kb.grade.Reliability;
import org.marsad.kb.grade.Tally;

/**
 * The kept facts of the types an entity page shows (migration V8): per fact over stored entity ids, its tally of
 * evidence, its event time and its best few pieces of evidence, and per claim its place in the fact's order. They
 * are written with the claims they count, in the same transaction, and follow every change to claims: a report
 * stored or removed, a name split off, a source graded again. Merges change nothing here: a page joins the facts
 * whose entities are now one.
 */
public final class FactSummaries {
  /** The affiliations an entity page shows. None is an event, so one key is one fact: events split by time. */
  public static final Set<RelationType> KEPT = Set.of(RelationType.MEMBER_OF, RelationType.LEADER_OF,
      RelationType.PLEDGED_ALLEGIANCE, RelationType.PART_OF, RelationType.SPLIT_FROM);
  /** Pieces of evidence kept in the fact's row, best first: what an entity page shows of each fact. */
  public static final int SHOWN = 3;
  private static final int MAX_KEY = 200;
  private static final int CHUNK = 500;
  private final Handle h;
  private final SummaryCache cache;

  public FactSummaries(Handle h) {
    this(h, null);
  }

  /** Kept facts counted through an ingest batch's cache (may be null); see {@link SummaryCache}. */
  public FactSummaries(Handle h, SummaryCache cache) {
    this.h = h;
    this.cache = cache;
  }

  /** One claim as its fact counts and orders it. */
  public record Evidence(long claimId, Grade grade, Modality modality, int recency) {
    /** Best grade first, then newest, then first stored. */
    public static final Comparator<Evidence> BEST_FIRST = Comparator.comparing(Evidence::grade)
        .thenComparingInt(Evidence::recency).thenComparingLong(Evidence::claimId);
  }

  /** A stored claim about to be counted into its fact: arguments are stored entity ids. */
  public record NewEvidence(long claimId, RelationType type, Map<Role, List<Long>> args, Grade grade,
                            Modality modality, Optional<LocalDate> when) {
  }

  /**
   * A kept fact: its entities by role (as {@link #touching} reads them, merges applied), its tally and event time,
   * and its best evidence, at most {@link #SHOWN}.
   */
  public record Summary(long id, RelationType type, Map<Role, List<Long>> args, Optional<LocalDate> firstWhen,
                        String keptTally, String keptShown) {
    public Summary {
      args = Map.copyOf(args);
    }

    /** Read when asked: a page orders thousands of facts and shows a few. */
    public Tally tally() {
      return Tally.parse(keptTally);
    }

    public List<Evidence> shown() {
      return List.copyOf(parseShown(keptShown));
    }
  }

  /** Counts stored claims into their facts; claims of other types are left out. */
  public void add(List<NewEvidence> claims) {
    if (claims.stream().noneMatch(n -> KEPT.contains(n.type()))) {
      return;
    }
    Connection c = h.getConnection();
    try (PreparedStatement find = c.prepareStatement("SELECT id, first_when, tally, shown FROM fact_summary "
            + "WHERE fact_key = ?");
         PreparedStatement update = c.prepareStatement("UPDATE fact_summary SET first_when = ?, tally = ?, shown = ? "
            + "WHERE id = ?");
         PreparedStatement swap = c.prepareStatement("UPDATE fact_summary SET first_when = ?, tally = ?, shown = ? "
            + "WHERE id = ? AND tally = ? AND shown = ? AND first_when IS NOT DISTINCT FROM ?");
         PreparedStatement insert = c.prepareStatement("INSERT INTO fact_summary (fact_key, type, first_when, tally, "
            + "shown) VALUES (?, ?, ?, ?, ?)", new String[] {"id"});
         PreparedStatement arg = c.prepareStatement("INSERT INTO fact_summary_arg (fact_id, role, entity_id, type, "
            + "first_when) VALUES (?, ?, ?, ?, ?)");
         PreparedStatement argWhen = c.prepareStatement("UPDATE fact_summary_arg SET first_when = ? WHERE fact_id = ?");
         PreparedStatement evidence = c.prepareStatement("INSERT INTO fact_evidence (claim_id, fact_id, grade, "
            + "modality, recency) VALUES (?, ?, ?, ?, ?)")) {
      for (NewEvidence n : claims) {
        if (!KEPT.contains(n.type())) {
          continue;
        }
        Evidence ev = new Evidence(n.claimId(), n.grade(), n.modality(), Recency.of(n.when()));
        String key = storedKey(n.type(), n.args());
        SummaryCache.FactRow row = cache == null ? null : cache.fact(key);
        if (row != null) {
          SummaryCache.FactRow next = plus(row, ev, n.when());
          // what the batch read may have changed since (a report removed, a source graded again): then the
          // update finds no row as cached, and the row is read again
          SummaryCache.FactRow was = row;
          row = swap(swap, row, next) ? next : null;
          if (row != null) {
            datesMoved(argWhen, was, row);
          }
        }
        if (row == null) {
          row = readAndAdd(find, update, insert, arg, argWhen, key, n, ev);
        }
        if (cache != null) {
          cache.fact(key, row);
        }
        evidence.setLong(1, ev.claimId());
        evidence.setLong(2, row.id());
        evidence.setString(3, ev.grade().toString());
        evidence.setString(4, ev.modality().name());
        evidence.setInt(5, ev.recency());
        evidence.addBatch();
      }
      evidence.executeBatch();
    } catch (SQLException e) {
      throw new KbException("cannot count claims " + claims.get(0).claimId() + ".. into their facts: "
          + e.getMessage(), e);
    }
  }

  /** The fact's row read from the store, with this evidence counted in: updated, or inserted when new. */
  private static SummaryCache.FactRow readAndAdd(PreparedStatement find, PreparedStatement update,
                                                 PreparedStatement insert, PreparedStatement arg,
                                                 PreparedStatement argWhen, String key, NewEvidence n, Evidence ev)
      throws SQLException {
    find.setString(1, key);
    try (ResultSet rs = find.executeQuery()) {
      if (!rs.next()) {
        return insert(insert, arg, key, n, ev);
      }
      SummaryCache.FactRow stored = row(rs.getLong(1), Optional.ofNullable(rs.getDate(2))
          .map(java.sql.Date::toLocalDate), rs.getString(3), parseShown(rs.getString(4)));
      SummaryCache.FactRow next = plus(stored, ev, n.when());
      setDate(update, 1, next.firstWhen());
      update.setString(2, next.tally());
      update.setString(3, next.shown());
      update.setLong(4, next.id());
      update.executeUpdate();
      datesMoved(argWhen, stored, next);
      return next;
    }
  }

  /** The arguments keep the event time a page orders by (V40), so it moves with the fact's. */
  private static void datesMoved(PreparedStatement argWhen, SummaryCache.FactRow was, SummaryCache.FactRow now)
      throws SQLException {
    if (!now.firstWhen().equals(was.firstWhen())) {
      setDate(argWhen, 1, now.firstWhen());
      argWhen.setLong(2, now.id());
      argWhen.executeUpdate();
    }
  }

  /** Writes {@code next} only if the row still holds what {@code was} says. */
  private static boolean swap(PreparedStatement swap, SummaryCache.FactRow was, SummaryCache.FactRow next)
      throws SQLException {
    setDate(swap, 1, next.firstWhen());
    swap.setString(2, next.tally());
    swap.setString(3, next.shown());
    swap.setLong(4, was.id());
    swap.setString(5, was.tally());
    swap.setString(6, was.shown());
    setDate(swap, 7, was.firstWhen());
    return swap.executeUpdate() == 1;
  }

  private static SummaryCache.FactRow plus(SummaryCache.FactRow row, Evidence ev, Optional<LocalDate> when) {
    List<Evidence> shown = new ArrayList<>(row.shownList());
    shown.add(ev);
    Tally counts = row.counts().plus(ev.grade(), ev.modality());
    List<Evidence> best = best(shown);
    return new SummaryCache.FactRow(row.id(), earlier(row.firstWhen(), when), counts.encode(), counts,
        encodeShown(best), best);
  }

  private static SummaryCache.FactRow row(long id, Optional<LocalDate> firstWhen, String tally, List<Evidence> shown) {
    return new SummaryCache.FactRow(id, firstWhen, tally, Tally.parse(tally), encodeShown(shown), best(shown));
  }

  private static SummaryCache.FactRow insert(PreparedStatement insert, PreparedStatement arg, String key,
                                             NewEvidence n, Evidence ev) throws SQLException {
    Tally counts = Tally.empty().plus(ev.grade(), ev.modality());
    String shown = encodeShown(List.of(ev));
    insert.setString(1, key);
    insert.setString(2, n.type().name());
    setDate(insert, 3, n.when());
    insert.setString(4, counts.encode());
    insert.setString(5, shown);
    insert.executeUpdate();
    long id;
    try (ResultSet keys = insert.getGeneratedKeys()) {
      keys.next();
      id = keys.getLong(1);
    }
    for (Map.Entry<Role, List<Long>> a : n.args().entrySet()) {
      for (Long entity : new LinkedHashSet<>(a.getValue())) {
        arg.setLong(1, id);
        arg.setString(2, a.getKey().name());
        arg.setLong(3, entity);
        arg.setString(4, n.type().name());
        setDate(arg, 5, n.when());
        arg.addBatch();
      }
    }
    arg.executeBatch();
    return new SummaryCache.FactRow(id, n.when(), counts.encode(), counts, shown, List.of(ev));
  }

  /** Takes claims out of their facts (before they are removed or their arguments change); facts left empty go. */
  public void detach(Collection<Long> claimIds) {
    Set<Long> facts = new TreeSet<>();
    for (List<Long> chunk : chunks(claimIds)) {
      facts.addAll(h.createQuery("SELECT fact_id FROM fact_evidence WHERE claim_id IN (<ids>)")
          .bindList("ids", chunk).mapTo(Long.class).list());
      h.createUpdate("DELETE FROM fact_evidence WHERE claim_id IN (<ids>)").bindList("ids", chunk).execute();
    }
    refresh(facts);
  }

  /** Counts stored claims into their facts as they now are (after their arguments changed, or on a rebuild). */
  public void attachStored(Collection<Long> claimIds) {
    List<String> kept = KEPT.stream().map(Enum::name).sorted().toList();
    for (List<Long> chunk : chunks(claimIds)) {
      Map<Long, Map<Role, List<Long>>> args = new LinkedHashMap<>();
      h.createQuery("SELECT claim_id, role, entity_id FROM claim_arg WHERE claim_id IN (<ids>) ORDER BY claim_id, "
              + "role, entity_id").bindList("ids", chunk)
          .map((rs, ctx) -> {
            args.computeIfAbsent(rs.getLong(1), k -> new EnumMap<>(Role.class))
                .computeIfAbsent(Role.valueOf(rs.getString(2)), k -> new ArrayList<>()).add(rs.getLong(3));
            return Boolean.TRUE;
          }).list();
      List<NewEvidence> claims = h.createQuery("SELECT c.id, c.type, c.modality, c.earliest, c.latest, r.published, "
              + "r.credibility, s.reliability FROM claim c JOIN report r ON r.id = c.report_id JOIN source s "
              + "ON s.id = r.source_id WHERE c.id IN (<ids>) AND c.type IN (<kept>) ORDER BY c.id")
          .bindList("ids", chunk).bindList("kept", kept)
          .map((rs, ctx) -> new NewEvidence(rs.getLong(1), RelationType.valueOf(rs.getString(2)),
              args.getOrDefault(rs.getLong(1), Map.of()),
              new Grade(Reliability.parse(rs.getString(8)), org.marsad.kb.grade.Credibility.of(rs.getInt(7))),
              Modality.valueOf(rs.getString(3)), Recency.when(date(rs, 4), date(rs, 5), date(rs, 6))))
          .list();
      add(claims);
    }
  }

  /** A source graded again: its reports' evidence takes the new reliability, and their facts are counted again. */
  public void regrade(long sourceId, Reliability reliability) {
    List<long[]> rows = h.createQuery("SELECT fe.claim_id, fe.fact_id FROM fact_evidence fe JOIN claim c "
            + "ON c.id = fe.claim_id JOIN report r ON r.id = c.report_id WHERE r.source_id = :s")
        .bind("s", sourceId).map((rs, ctx) -> new long[] {rs.getLong(1), rs.getLong(2)}).list();
    Set<Long> facts = new TreeSet<>();
    for (List<Long> chunk : chunks(rows.stream().map(r -> r[0]).toList())) {
      h.createUpdate("UPDATE fact_evidence SET grade = CONCAT(:r, SUBSTRING(grade, 2, 1)) WHERE claim_id IN (<ids>)")
          .bind("r", reliability.name()).bindList("ids", chunk).execute();
    }
    rows.forEach(r -> facts.add(r[1]));
    refresh(facts);
  }

  /** Counts each fact again from its evidence rows; a fact with none left is removed. */
  private void refresh(Collection<Long> factIds) {
    for (long id : factIds) {
      List<Evidence> all = h.createQuery("SELECT claim_id, grade, modality, recency FROM fact_evidence "
              + "WHERE fact_id = :f").bind("f", id).map(FactSummaries::evidence).list();
      if (all.isEmpty()) {
        h.createUpdate("DELETE FROM fact_summary_arg WHERE fact_id = :f").bind("f", id).execute();
        h.createUpdate("DELETE FROM fact_summary WHERE id = :f").bind("f", id).execute();
        continue;
      }
      Tally tally = Tally.empty();
      int oldest = Integer.MIN_VALUE; // the largest recency of a dated claim is its earliest day
      for (Evidence e : all) {
        tally = tally.plus(e.grade(), e.modality());
        if (e.recency() != Recency.UNDATED) {
          oldest = Math.max(oldest, e.recency());
        }
      }
      Optional<LocalDate> first = oldest == Integer.MIN_VALUE ? Optional.empty() : Recency.day(oldest);
      h.createUpdate("UPDATE fact_summary SET first_when = :w, tally = :t, shown = :s WHERE id = :f")
          .bind("w", first.map(java.sql.Date::valueOf).orElse(null)).bind("t", tally.encode())
          .bind("s", encodeShown(new ArrayList<>(all))).bind("f", id).execute();
      h.createUpdate("UPDATE fact_summary_arg SET first_when = :w WHERE fact_id = :f")
          .bind("w", first.map(java.sql.Date::valueOf).orElse(null)).bind("f", id).execute();
    }
  }

  /**
   * The kept facts of these types that name any of these stored entities, in any role, with all their entities as
   * they stand now (merges applied: the canonical ids).
   */
  public List<Summary> touching(Collection<Long> entityIds, Set<RelationType> types) {
    return new FactSummaryRows(h).touching(entityIds, types);
  }

  /**
   * A page of the evidence of these kept facts (one fact as the analyst sees it may be kept as several, one per
   * pair of entities since merged), in {@link Evidence#BEST_FIRST} order, after {@code after} if given.
   */
  public List<Evidence> page(Collection<Long> factIds, Optional<Evidence> after, int limit) {
    if (factIds.isEmpty()) {
      return List.of();
    }
    // one fact is kept as one row unless merges joined several, so the ids fit in one list
    var q = h.createQuery("SELECT claim_id, grade, modality, recency FROM fact_evidence WHERE fact_id IN (<f>)"
            + (after.isPresent() ? " AND (grade, recency, claim_id) > (:g, :r, :c)" : "")
            + " ORDER BY grade, recency, claim_id LIMIT :n")
        .bindList("f", List.copyOf(factIds)).bind("n", limit);
    after.ifPresent(a -> q.bind("g", a.grade().toString()).bind("r", a.recency()).bind("c", a.claimId()));
    return q.map(FactSummaries::evidence).list();
  }

  /** Empties every kept fact, for a rebuild from the claims. */
  void deleteAll() {
    for (String table : List.of("fact_evidence", "fact_summary_arg", "fact_summary")) {
      h.execute("DELETE FROM " + table);
    }
  }

  /** Builds every kept fact again from the stored claims. */
  void rebuildAll() {
    deleteAll();
    attachStored(h.createQuery("SELECT id FROM claim WHERE type IN (<t>) ORDER BY id")
        .bindList("t", KEPT.stream().map(Enum::name).sorted().toList()).mapTo(Long.class).list());
  }

  /** The key over stored entity ids, or its SHA-256 when too long for the indexed column. */
  static String storedKey(RelationType type, Map<Role, List<Long>> args) {
    String key = FactKey.of(type, args);
    return key.length() <= MAX_KEY ? key : "sha256:" + org.marsad.kb.source.Sha256.hex(
        key.getBytes(StandardCharsets.UTF_8));
  }

  private static Optional<LocalDate> earlier(Optional<LocalDate> a, Optional<LocalDate> b) {
    if (a.isEmpty()) {
      return b;
    }
    return b.isPresent() && b.get().isBefore(a.get()) ? b : a;
  }

  /** The best {@link #SHOWN} of these, as kept in a fact's row: "claim grade modality recency" each. */
  static String encodeShown(List<Evidence> evidence) {
    StringBuilder sb = new StringBuilder();
    for (Evidence e : best(evidence)) {
      if (sb.length() > 0) {
        sb.append(',');
      }
      sb.append(e.claimId()).append(' ').append(e.grade()).append(' ').append(e.modality().name()).append(' ')
          .append(e.recency());
    }
    return sb.toString();
  }

  /** The best {@link #SHOWN} of these, best first. */
  private static List<Evidence> best(List<Evidence> evidence) {
    List<Evidence> sorted = new ArrayList<>(evidence);
    sorted.sort(Evidence.BEST_FIRST);
    return List.copyOf(sorted.subList(0, Math.min(SHOWN, sorted.size())));
  }

  static List<Evidence> parseShown(String encoded) {
    List<Evidence> out = new ArrayList<>();
    if (encoded == null || encoded.isEmpty()) {
      return out;
    }
    for (String part : encoded.split(",")) {
      String[] f = part.split(" ");
      try {
        out.add(new Evidence(Long.parseLong(f[0]), Grade.parse(f[1]), Modality.valueOf(f[2]),
            Integer.parseInt(f[3])));
      } catch (RuntimeException e) {
        throw new KbException("the evidence kept with a fact is damaged at '" + part + "' of '" + encoded + "'", e);
      }
    }
    return out;
  }

  private static Evidence evidence(ResultSet rs, org.jdbi.v3.core.statement.StatementContext ctx)
      throws SQLException {
    return new Evidence(rs.getLong(1), Grade.parse(rs.getString(2).trim()), Modality.valueOf(rs.getString(3)),
        rs.getInt(4));
  }

  private static Optional<LocalDate> date(ResultSet rs, int column) throws SQLException {
    return Optional.ofNullable(rs.getDate(column)).map(java.sql.Date::toLocalDate);
  }

  private static void setDate(PreparedStatement ps, int i, Optional<LocalDate> d) throws SQLException {
    ps.setDate(i, d.map(java.sql.Date::valueOf).orElse(null));
  }

  static List<List<Long>> chunks(Collection<Long> ids) {
    List<Long> all = List.copyOf(ids);
    List<List<Long>> out = new ArrayList<>();
    for (int from = 0; from < all.size(); from += CHUNK) {
      out.add(all.subList(from, Math.min(all.size(), from + CHUNK)));
    }
    return out;
  }
}
