package org.marsad.kb.index;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.LongConsumer;
import org.jdbi.v3.core.Handle;
import org.marsad.kb.search.IndexedReport;
import org.marsad.kb.search.ReportIndex;
import org.marsad.kb.store.Database;
import org.marsad.kb.store.Reports;
import org.marsad.kb.store.StoredReport;

/**
 * Keeps the search index in step with the store. The store is the truth and commits first; the index follows
 * and records how far it got. After a crash between the two, {@link #catchUp} indexes what is missing, and a
 * report indexed twice is simply replaced.
 *
 * <p>Documents are analysed on a thread of their own, so that indexing one report overlaps with storing the
 * next; {@link #commit} waits for them, and leaves the index commit itself to that thread.
 */
public final class IndexSync implements AutoCloseable {
  private static final int MAX_PENDING = 256;
  private final Database db;
  private final ReportIndex index;
  private final java.util.concurrent.ExecutorService indexer = java.util.concurrent.Executors.newSingleThreadExecutor(
      r -> {
        Thread t = new Thread(r, "marsad-index");
        t.setDaemon(true);
        return t;
      });
  /** Documents handed to the indexer and not yet known to be added, oldest first. */
  private final java.util.Deque<java.util.concurrent.Future<?>> pending = new java.util.ArrayDeque<>();
  private long pendingMax;
  /** The index commit handed to the indexer last; done when there is none. */
  private java.util.concurrent.Future<?> committing = java.util.concurrent.CompletableFuture.completedFuture(null);
  /** The highest report id in an index commit that completed, for the next checkpoint; 0 when recorded. */
  private final java.util.concurrent.atomic.AtomicLong committedMax = new java.util.concurrent.atomic.AtomicLong();

  public IndexSync(Database db, ReportIndex index) {
    this.db = db;
    this.index = index;
  }

  /** Indexes one stored report (not yet committed; see {@link #commit}). */
  public void add(long reportId) {
    add(document(db.handle(), reportId));
  }

  /** Indexes a document the ingest built from what it just stored. */
  public void add(IndexedReport doc) {
    if (pending.size() >= MAX_PENDING) {
      // wait for the oldest only: emptying the whole queue would leave the indexer idle while this thread
      // refills it
      await(pending.poll());
    }
    pending.add(indexer.submit(() -> index.add(doc)));
    pendingMax = Math.max(pendingMax, doc.reportId());
  }

  /** Waits for the documents handed to the indexer; a failure there surfaces here. */
  private void drain() {
    try {
      while (!pending.isEmpty()) {
        await(pending.peek());
        pending.poll();
      }
    } finally {
      pending.clear();
    }
  }

  private static void await(java.util.concurrent.Future<?> f) {
    try {
      f.get();
    } catch (java.util.concurrent.ExecutionException e) {
      throw e.getCause() instanceof RuntimeException r ? r
          : new org.marsad.kb.KbException("indexing failed: " + e.getCause(), e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new org.marsad.kb.KbException("interrupted while indexing", e);
    }
  }

  /** Commits what is pending, waits for it and records the checkpoint. */
  @Override
  public void close() {
    try {
      drain();
      await(committing);
      db.persist();
      index.commit();
      committedMax.accumulateAndGet(pendingMax, Math::max);
      pendingMax = 0;
      recordCheckpoint();
    } finally {
      indexer.shutdownNow();
    }
  }

  /**
   * Makes the documents handed over so far searchable and starts an index commit on the indexer, which writes
   * segment files for a while; the checkpoint of a commit is recorded at the next call once it completed, or
   * on {@link #close}. A later checkpoint only means more reports indexed again after a crash.
   *
   * <p>The store is written out first: the index must never hold a report that a kill could still take back
   * from the store, as the batch that resumes could give its id to another report.
   */
  public void commit() {
    drain();
    await(committing); // done by now: the indexer ran it before the documents just drained
    recordCheckpoint();
    db.persist();
    long max = pendingMax;
    pendingMax = 0;
    committing = indexer.submit(() -> {
      index.commit();
      committedMax.accumulateAndGet(max, Math::max);
    });
  }

  private void recordCheckpoint() {
    long max = committedMax.getAndSet(0);
    if (max > 0) {
      db.inTransaction(h -> h.createUpdate("UPDATE search_checkpoint SET last_report_id = :m "
          + "WHERE id = 1 AND last_report_id < :m").bind("m", max).execute());
    }
  }

  /** Indexes every report after the checkpoint; returns how many. */
  public int catchUp(LongConsumer progress) {
    long last = db.handle().createQuery("SELECT last_report_id FROM search_checkpoint WHERE id = 1")
        .mapTo(Long.class).one();
    List<Long> ids = db.handle().createQuery("SELECT id FROM report WHERE id > :l ORDER BY id").bind("l", last)
        .mapTo(Long.class).list();
    for (long id : ids) {
      add(id);
      progress.accept(id);
    }
    commit();
    return ids.size();
  }

  /** Indexes every report again, for after re-extraction or a merge that renames facets. */
  public int rebuild(LongConsumer progress) {
    db.handle().useTransaction(h -> h.execute("UPDATE search_checkpoint SET last_report_id = 0 WHERE id = 1"));
    return catchUp(progress);
  }

  /** Re-indexes the reports that mention an entity, so facets show its current canonical name. */
  public void reindexEntity(long canonicalId) {
    List<Long> ids = db.handle().createQuery("SELECT DISTINCT m.report_id FROM mention m JOIN entity e "
            + "ON e.id = m.entity_id WHERE COALESCE(e.merged_into, e.id) = :c OR e.id = :c ORDER BY 1")
        .bind("c", canonicalId).mapTo(Long.class).list();
    ids.forEach(this::add);
    commit();
  }

  static IndexedReport document(Handle h, long reportId) {
    Reports reports = new Reports(h);
    StoredReport r = reports.byId(reportId).orElseThrow();
    Set<String> groups = new HashSet<>();
    Set<String> people = new HashSet<>();
    Set<String> places = new HashSet<>();
    h.createQuery("SELECT DISTINCT c.type, c.name_en, c.name FROM mention m JOIN entity e ON e.id = m.entity_id "
            + "JOIN entity c ON c.id = COALESCE(e.merged_into, e.id) WHERE m.report_id = :r AND c.unnamed = FALSE")
        .bind("r", reportId)
        .map((rs, ctx) -> new String[] {rs.getString(1), rs.getString(2), rs.getString(3)})
        .forEach(row -> FacetLabels.add(org.marsad.extract.EntityType.valueOf(row[0]),
            FacetLabels.label(row[2], row[1]), groups, people, places));
    Set<String> types = new HashSet<>(h.createQuery("SELECT DISTINCT type FROM claim WHERE report_id = :r")
        .bind("r", reportId).mapTo(String.class).list());
    java.util.Map<Long, Integer> perEntity = new java.util.HashMap<>();
    h.createQuery("SELECT entity_id, n FROM mention WHERE report_id = :r").bind("r", reportId)
        .map((rs, ctx) -> perEntity.merge(rs.getLong(1), rs.getInt(2), Integer::sum)).list();
    return new IndexedReport(reportId, r.sha256(), r.title().orElse(""), reports.text(reportId), r.language(),
        r.published(), r.source(), groups, people, places, types, perEntity);
  }
}
