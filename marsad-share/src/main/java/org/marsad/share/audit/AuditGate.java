package org.marsad.share.audit;

import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;
import org.jdbi.v3.core.Handle;
import org.marsad.kb.store.Database;

/**
 * One writer of the audit log at a time within a process. Records are numbered from the last committed one, so
 * two transactions appending at once would take the same number and one would fail; a server with many store
 * connections runs every appending transaction through one gate.
 */
public final class AuditGate {
  private final ReentrantLock lock = new ReentrantLock(true);

  /** Runs {@code work} in a transaction of its own on {@code db}, holding the gate until it committed. */
  public <T> T inTransaction(Database db, Function<Handle, T> work) {
    lock.lock();
    try {
      return db.inTransaction(work);
    } finally {
      lock.unlock();
    }
  }

  /** Runs {@code work} holding the gate, for work that commits itself (an import through the Ingestor). */
  public <T> T locked(java.util.function.Supplier<T> work) {
    lock.lock();
    try {
      return work.get();
    } finally {
      lock.unlock();
    }
  }
}
