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

  /** Returns how many unfinished reports were removed. */
  public static int clean(Handle h) {
    List<Long> unfinished = h.createQuery("SELECT id FROM report WHERE complete = FALSE").mapTo(Long.class).list();
    if (unfinished.isEmpty()) {
      return 0;
    }
    h.useTransaction(tx -> {
      for (long id : unfinished) {
        tx.createUpdate("DELETE FROM alert WHERE claim_id IN (SELECT id FROM claim WHERE report_id = :r)")
            .bind("r", id).execute();
        tx.createUpdate("DELETE FROM claim_arg WHERE claim_id IN (SELECT id FROM claim WHERE report_id = :r)")
            .bind("r", id).execute();
        tx.createUpdate("DELETE FROM claim WHERE report_id = :r").bind("r", id).execute();
        tx.createUpdate("DELETE FROM mention WHERE report_id = :r").bind("r", id).execute();
        String sha = tx.createQuery("SELECT sha256 FROM report WHERE id = :r").bind("r", id).mapTo(String.class)
            .one();
        tx.createUpdate("DELETE FROM report WHERE id = :r").bind("r", id).execute();
        tx.createUpdate("DELETE FROM original WHERE sha256 = :s").bind("s", sha).execute();
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
}
