package org.marsad.kb.store;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import org.jdbi.v3.core.Handle;

/**
 * What the store keeps derived from its claims for entity pages ({@link FactSummaries}, {@link LastPlaces}), and
 * the moves that keep it true when claims go or change. Everything runs in the caller's transaction.
 */
public final class Summaries {
  /**
   * The build of the summaries this code writes. A store that holds another (0: stored before migration V8) has
   * them built again from its claims when it is opened; a change to what is kept raises this number.
   */
  static final int VERSION = 1;

  private Summaries() {
  }

  /**
   * Builds the summaries from the claims if the store holds another build. The state row is claimed first, so of
   * two processes opening one PostgreSQL store at once only one builds.
   */
  public static void ensureBuilt(Handle h) {
    int held = h.createQuery("SELECT version FROM summary_state WHERE id = 1").mapTo(Integer.class).one();
    if (held == VERSION) {
      return;
    }
    h.useTransaction(tx -> {
      int claimed = tx.createUpdate("UPDATE summary_state SET version = :v WHERE id = 1 AND version <> :v")
          .bind("v", VERSION).execute();
      if (claimed == 1) {
        // a minute or more for a large store, before any command can start: say so on stderr (stdout is the
        // command's answer), or it looks hung
        long claims = tx.createQuery("SELECT COUNT(*) FROM claim").mapTo(Long.class).one();
        if (claims == 0) {
          return; // a new store: nothing to build, and nothing to say
        }
        long start = System.nanoTime();
        System.err.printf(Locale.ROOT, "Building the entity-page summaries of this store from its claims (%,d of "
            + "them; once, after an upgrade; about 70 s per 100,000 reports)...%n", claims);
        new FactSummaries(tx).rebuildAll();
        new LastPlaces(tx).rebuildAll();
        System.err.printf(Locale.ROOT, "Built the entity-page summaries in %.1f s.%n",
            (System.nanoTime() - start) / 1e9);
      }
    });
  }

  /** Before these claims are deleted: takes them out of their facts; returns the entities to look at again. */
  public static Collection<Long> beforeRemoving(Handle h, List<Long> claimIds) {
    new FactSummaries(h).detach(claimIds);
    return new LastPlaces(h).holding(claimIds);
  }

  /** After the claims are deleted: the last places of the entities that held one of them. */
  public static void afterRemoving(Handle h, Collection<Long> entities) {
    new LastPlaces(h).recompute(entities);
  }

  /** Empties everything kept, before every claim is deleted and written again (re-extraction). */
  public static void clear(Handle h) {
    new FactSummaries(h).deleteAll();
    h.execute("DELETE FROM entity_last_place");
  }
}
