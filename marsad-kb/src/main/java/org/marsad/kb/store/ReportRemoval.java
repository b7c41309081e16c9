package org.marsad.kb.store;

import org.jdbi.v3.core.Handle;

/**
 * Removes one report with everything it wrote: its alerts, claims (and their part in the kept summaries), mentions,
 * the report and its archived original.
 * Entities it alone named stay until {@link Leftovers} tidies them; the caller's transaction decides when it holds.
 */
public final class ReportRemoval {
  private ReportRemoval() {
  }

  public static void remove(Handle tx, long id) {
    java.util.List<Long> claims = tx.createQuery("SELECT id FROM claim WHERE report_id = :r").bind("r", id)
        .mapTo(Long.class).list();
    java.util.Collection<Long> placed = Summaries.beforeRemoving(tx, claims);
    tx.createUpdate("DELETE FROM alert WHERE claim_id IN (SELECT id FROM claim WHERE report_id = :r)")
        .bind("r", id).execute();
    tx.createUpdate("DELETE FROM claim_arg WHERE claim_id IN (SELECT id FROM claim WHERE report_id = :r)")
        .bind("r", id).execute();
    tx.createUpdate("DELETE FROM claim WHERE report_id = :r").bind("r", id).execute();
    tx.createUpdate("DELETE FROM mention WHERE report_id = :r").bind("r", id).execute();
    tx.createUpdate("DELETE FROM report_original WHERE report_id = :r").bind("r", id).execute();
    tx.createUpdate("DELETE FROM report WHERE id = :r").bind("r", id).execute();
    Summaries.afterRemoving(tx, placed);
  }
}
