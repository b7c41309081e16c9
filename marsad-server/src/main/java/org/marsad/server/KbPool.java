package org.marsad.server;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.marsad.extract.Extractor;
import org.marsad.kb.index.IndexSync;
import org.marsad.kb.resolve.NameKey;
import org.marsad.kb.search.ReportIndex;
import org.marsad.kb.store.Database;
import org.marsad.kb.store.StoreLocation;

/**
 * The knowledge base as the server shares it between request threads: a fixed set of store connections lent
 * one per request (a {@link Database} is not thread-safe), and one search index, which is.
 */
final class KbPool implements AutoCloseable {
  private static final long WAIT_SECONDS = 30;

  private final StoreLocation location;
  private final BlockingQueue<Database> idle;
  private final Database[] all;
  private final ReportIndex index;
  private final Database syncDb;
  private final IndexSync sync;
  private final Extractor extractor;
  private final NameKey nameKey;

  KbPool(StoreLocation location, Extractor extractor, int connections) {
    if (connections < 1) {
      throw new ServerException(500, "the server needs at least one store connection, not " + connections);
    }
    this.location = location;
    this.extractor = extractor;
    this.nameKey = NameKey.from(extractor.lexicon());
    this.all = new Database[connections];
    this.idle = new ArrayBlockingQueue<>(connections);
    try {
      for (int i = 0; i < connections; i++) {
        all[i] = Database.open(location);
        idle.add(all[i]);
      }
      this.index = ReportIndex.open(location.indexDir());
      // the index keeps its checkpoint through a connection of its own, never one a request holds
      this.syncDb = Database.open(location);
      this.sync = new IndexSync(syncDb, index);
      sync.catchUp(id -> { });
    } catch (RuntimeException e) {
      closeOpened();
      throw e;
    }
  }

  /** Runs {@code work} with a connection of its own, waiting for one to come free. */
  <T> T with(Function<Database, T> work) {
    Database db;
    try {
      db = idle.poll(WAIT_SECONDS, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ServerException(503, "interrupted while waiting for a store connection");
    }
    if (db == null) {
      throw new ServerException(503, "no store connection came free within " + WAIT_SECONDS + " s");
    }
    try {
      return work.apply(db);
    } finally {
      idle.add(db);
    }
  }

  /**
   * Changes whenever an answer could: a report stored or removed, an entity created, an analyst's correction,
   * or the index moving on. Cheap: each part is an index lookup or a table's row count.
   */
  String version(Database db) {
    String store = db.handle().createQuery("SELECT (SELECT COALESCE(MAX(id), 0) FROM report) || '/' || "
        + "(SELECT COUNT(*) FROM report) || '/' || (SELECT COALESCE(MAX(id), 0) FROM entity) || '/' || "
        + "(SELECT COUNT(*) FROM decision) || '/' || (SELECT COALESCE(MAX(id), 0) FROM decision)").mapTo(String.class)
        .one();
    return store + "/" + index.version();
  }

  /** The index's writer side; only the ingest worker thread uses it after start-up. */
  IndexSync sync() {
    return sync;
  }

  ReportIndex index() {
    return index;
  }

  NameKey nameKey() {
    return nameKey;
  }

  Extractor extractor() {
    return extractor;
  }

  StoreLocation location() {
    return location;
  }

  @Override
  public void close() {
    closeOpened();
  }

  private void closeOpened() {
    if (sync != null) {
      sync.close();
    }
    if (syncDb != null) {
      syncDb.close();
    }
    if (index != null) {
      index.close();
    }
    for (Database db : all) {
      if (db != null) {
        db.close();
      }
    }
  }
}
