package org.marsad.kb.search;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.AlreadyClosedException;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/**
 * Full-text search over reports, with facets and highlighted snippets. Thread-safe. Writes are visible to the
 * next search without a commit (near-real-time reader, refreshed only when something changed); {@link #commit}
 * makes them durable and is the caller's to batch. {@link #close} commits what is pending.
 */
public final class ReportIndex implements AutoCloseable {
  private final String location;
  private final Directory directory;
  private final IndexWriter writer;
  private final SearcherManager searchers;
  private final FacetsConfig facetsConfig = ReportDocuments.facetsConfig();
  private final ReportAnalyzer indexAnalyzer = new ReportAnalyzer(ReportAnalyzer.Mode.INDEX);
  private final ReportQueries queries = new ReportQueries();
  private final AtomicBoolean closed = new AtomicBoolean();

  private ReportIndex(String location, Directory directory) throws IOException {
    this.location = location;
    this.directory = directory;
    IndexWriterConfig config = new IndexWriterConfig(indexAnalyzer)
        .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
    this.writer = new IndexWriter(directory, config);
    try {
      this.searchers = new SearcherManager(writer, FacetedSearcher.factory(facetsConfig));
    } catch (IOException | RuntimeException e) {
      writer.rollback();
      throw e;
    }
  }

  /** Opens the index in {@code dir}, creating the directory and an empty index when missing. */
  public static ReportIndex open(Path dir) {
    Objects.requireNonNull(dir, "index directory is null");
    String location = dir.toAbsolutePath().toString();
    Directory directory = null;
    try {
      Files.createDirectories(dir);
      directory = FSDirectory.open(dir);
      return new ReportIndex(location, directory);
    } catch (IOException | RuntimeException e) {
      closeQuietly(directory, e);
      throw new SearchException("cannot open search index at " + location + ": " + e.getMessage(), e);
    }
  }

  /** An index in memory, gone when closed; for tests and throwaway work. */
  public static ReportIndex inMemory() {
    try {
      return new ReportIndex("(memory)", new ByteBuffersDirectory());
    } catch (IOException e) {
      throw new SearchException("cannot create in-memory search index: " + e.getMessage(), e);
    }
  }

  /** Adds the report, or replaces the report indexed under the same id. */
  public void add(IndexedReport report) {
    Objects.requireNonNull(report, "report is null");
    guarded("add report " + report.reportId(), () ->
        writer.updateDocument(ReportDocuments.idTerm(report.reportId()),
            ReportDocuments.toDocument(report, facetsConfig)));
  }

  /** Removes the report; nothing happens when it is not indexed. */
  public void delete(long reportId) {
    guarded("delete report " + reportId, () -> writer.deleteDocuments(ReportDocuments.idTerm(reportId)));
  }

  public void commit() {
    guarded("commit", () -> writer.commit());
  }

  /**
   * Changes whenever what a search or a count would see changes: the version of the newest reader, refreshed
   * first.
   */
  public long version() {
    return guarded("read the index version", () -> {
      searchers.maybeRefresh();
      IndexSearcher searcher = searchers.acquire();
      try {
        return ((org.apache.lucene.index.DirectoryReader) searcher.getIndexReader()).getVersion();
      } finally {
        searchers.release(searcher);
      }
    });
  }

  /** Reports in the index, committed or not. */
  public int size() {
    return guarded("count reports", () -> {
      searchers.maybeRefresh();
      IndexSearcher searcher = searchers.acquire();
      try {
        return searcher.getIndexReader().numDocs();
      } finally {
        searchers.release(searcher);
      }
    });
  }

  /**
   * How many reports name any of the entities, and how often: the ids are an entity and whatever was merged into
   * it, and a report that names two of them counts once. Reports not yet indexed are not counted.
   */
  public Reach reach(java.util.Collection<Long> entityIds) {
    Objects.requireNonNull(entityIds, "entity ids are null");
    return guarded("count the reports naming entities " + entityIds, () -> {
      searchers.maybeRefresh();
      IndexSearcher searcher = searchers.acquire();
      try {
        return ReachCounter.count(searcher.getIndexReader(), entityIds);
      } finally {
        searchers.release(searcher);
      }
    });
  }

  public SearchResult search(SearchQuery query) {
    Objects.requireNonNull(query, "query is null");
    return guarded("search for '" + abbreviate(query.text()) + "'", () -> {
      searchers.maybeRefresh();
      FacetedSearcher searcher = (FacetedSearcher) searchers.acquire();
      try {
        return ReportSearch.run(searcher, query, queries, facetsConfig, indexAnalyzer);
      } finally {
        searchers.release(searcher);
      }
    });
  }

  @Override
  public void close() {
    if (!closed.compareAndSet(false, true)) {
      return;
    }
    // Closed in reverse order: the searchers, the writer (which commits), the analyzers, then the directory.
    try (directory; indexAnalyzer; queries; writer; searchers) {
      // nothing to do but close
    } catch (IOException e) {
      throw new SearchException("cannot close search index at " + location + ": " + e.getMessage(), e);
    }
  }

  @Override
  public String toString() {
    return "ReportIndex[" + location + "]";
  }

  @FunctionalInterface
  private interface IndexAction<T> {
    T run() throws IOException;
  }

  private <T> T guarded(String action, IndexAction<T> body) {
    try {
      return body.run();
    } catch (AlreadyClosedException e) {
      throw new SearchException("cannot " + action + ": search index at " + location + " is closed", e);
    } catch (IOException | IllegalArgumentException e) {
      // Lucene rejects a document it cannot index (a schema clash, a term too long) with IllegalArgumentException.
      throw new SearchException("cannot " + action + " in search index at " + location + ": " + e.getMessage(), e);
    }
  }

  /** Queries can be huge; a message only needs enough to recognise one. */
  private static String abbreviate(String text) {
    return text.length() <= 80 ? text : text.substring(0, 80) + "...";
  }

  private static void closeQuietly(Directory directory, Exception cause) {
    if (directory != null) {
      try {
        directory.close();
      } catch (IOException suppressed) {
        cause.addSuppressed(suppressed);
      }
    }
  }
}
