package org.marsad.kb.store;

import java.util.List;
import org.jdbi.v3.core.Handle;

/**
 * Removes what a crash left of reports whose transaction never finished. Each report's transaction ends by
 * marking it complete; a report found without the mark is gone over whole, with everything it wrote, so that
 * the next ingest stores it again from the start.
 *
 * <p>A database should never show part of an unfinished transaction, and PostgreSQL does not. The embedded H2
 * store was seen to, rarely, after SIGKILL in the middle of a report (IngestCrashTest: a report with its mentions
 * but none of its claims). The mark makes "no half-ingested reports" hold whatever the engine does.
 */
public final class Leftovers {
  private Leftovers() {
  }

  /**
   * How many of the newest reports are recounted on open. A crash can only have damaged what was being written
   * when it struck, and recounting every report of a large store would make each open slow.
   */
  static final int RECOUNTED = 2_000;

  /** Returns how many unfinished or damaged reports were removed. */
  public static int clean(Handle h) {
    List<Long> unfinished = new java.util.ArrayList<>(
        h.createQuery("SELECT id FROM report WHERE complete = FALSE").mapTo(Long.class).list());
    unfinished.addAll(damaged(h));
    if (unfinished.isEmpty()) {
      return 0;
    }
    h.useTransaction(tx -> {
      for (long id : unfinished) {
        ReportRemoval.remove(tx, id);
      }
      // entities that only the unfinished reports named, unless an analyst's decision or a merge refers to them
      tx.execute("DELETE FROM alias WHERE entity_id IN (SELECT e.id FROM entity e WHERE NOT EXISTS "
          + "(SELECT 1 FROM mention m WHERE m.entity_id = e.id) AND NOT EXISTS (SELECT 1 FROM claim_arg a "
          + "WHERE a.entity_id = e.id) AND NOT EXISTS (SELECT 1 FROM entity x WHERE x.merged_into = e.id) "
          + "AND NOT EXISTS (SELECT 1 FROM decision d WHERE d.ident_a = e.ident OR d.ident_b = e.ident))");
      tx.execute("DELETE FROM entity WHERE id IN (SELECT e.id FROM entity e WHERE NOT EXISTS "
          + "(SELECT 1 FROM mention m WHERE m.entity_id = e.id) AND NOT EXISTS (SELECT 1 FROM claim_arg a "
          + "WHERE a.entity_id = e.id) AND NOT EXISTS (SELECT 1 FROM entity x WHERE x.merged_into = e.id) "
          + "AND NOT EXISTS (SELECT 1 FROM decision d WHERE d.ident_a = e.ident OR d.ident_b = e.ident) "
          + "AND NOT EXISTS (SELECT 1 FROM alias a WHERE a.entity_id = e.id))");
    });
    return unfinished.size();
  }

  /**
   * Reports marked complete whose rows are not all there. After SIGKILL the embedded H2 store was also seen,
   * rarely, to keep a report with its mark and its mentions but without its claims (IngestCrashTest); the counts
   * recorded with the mark catch that too, and a report without its original bytes (written after the report's
   * row since V42) is no whole report either.
   */
  private static List<Long> damaged(Handle h) {
    long newest = h.createQuery("SELECT COALESCE(MAX(id), 0) FROM report").mapTo(Long.class).one();
    return h.createQuery("SELECT r.id FROM report r WHERE r.id > :from AND r.complete = TRUE AND ("
            + "NOT EXISTS (SELECT 1 FROM report_original o WHERE o.report_id = r.id) "
            + "OR r.claim_rows IS NOT NULL AND ("
            + "r.mention_rows <> (SELECT COUNT(*) FROM mention m WHERE m.report_id = r.id) "
            + "OR r.claim_rows <> (SELECT COUNT(*) FROM claim c WHERE c.report_id = r.id) "
            + "OR r.arg_rows <> (SELECT COUNT(*) FROM claim_arg a JOIN claim c ON c.id = a.claim_id "
            + "WHERE c.report_id = r.id)))")
        .bind("from", newest - RECOUNTED).mapTo(Long.class).list();
  }
}
