package org.marsad.app.kb;

import java.io.PrintWriter;
import java.util.function.Predicate;
import org.jdbi.v3.core.Handle;
import org.marsad.app.AppException;

/**
 * What the "remove NAME" subcommands share: one transaction that removes the named thing, an error naming it
 * when there was nothing to remove, and one line saying what went.
 */
final class Removal {
  private Removal() {
  }

  /**
   * Runs {@code remove} in a transaction of its own; it returns whether anything was removed.
   *
   * @param absent what to say when nothing was ("no account named 'x'")
   * @param done   what to print when it was ("account x removed")
   */
  static int run(StoreOptions store, PrintWriter out, Predicate<Handle> remove, String absent, String done) {
    boolean gone;
    try (KbSession kb = new KbSession(store)) {
      gone = kb.db().inTransaction(remove::test);
    }
    if (!gone) {
      throw new AppException(absent);
    }
    out.println(done);
    out.flush();
    return 0;
  }
}
