package org.marsad.kb.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.FilterDirectoryReader;
import org.apache.lucene.index.FilterLeafReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.StoredFieldVisitor;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;

/** Each hit on the page is read from the stored documents once: its id, title and text together. */
class StoredReadsTest {
  private final FacetsConfig config = ReportDocuments.facetsConfig();

  @Test
  void aPageOfFiveHitsReadsFiveStoredDocuments() throws IOException {
    try (ByteBuffersDirectory dir = new ByteBuffersDirectory();
        ReportAnalyzer analyzer = new ReportAnalyzer(ReportAnalyzer.Mode.INDEX);
        ReportQueries queries = new ReportQueries();
        IndexWriter writer = new IndexWriter(dir, new IndexWriterConfig(analyzer))) {
      for (int i = 1; i <= 20; i++) {
        writer.addDocument(ReportDocuments.toDocument(TestReports.report(i).title("تقرير " + i)
            .text("هجوم ".repeat(1 + i % 3) + "قرب كيدال").build(), config));
      }
      AtomicInteger reads = new AtomicInteger();
      try (DirectoryReader reader = new CountingReader(DirectoryReader.open(writer), reads)) {
        FacetedSearcher searcher = (FacetedSearcher) FacetedSearcher.factory(config).newSearcher(reader, null);
        SearchResult result = ReportSearch.run(searcher, SearchQuery.builder().text("هجوم").page(0, 5).build(),
            queries, config, analyzer);
        assertThat(result.hits()).hasSize(5);
        assertThat(result.hits()).allSatisfy(hit -> {
          assertThat(hit.title()).isEqualTo("تقرير " + hit.reportId());
          assertThat(hit.snippets()).isNotEmpty();
        });
        assertThat(reads).hasValue(5);
      }
    }
  }

  /** Counts reads of stored documents. */
  private static final class CountingReader extends FilterDirectoryReader {
    private final AtomicInteger reads;

    CountingReader(DirectoryReader in, AtomicInteger reads) throws IOException {
      super(in, new SubReaderWrapper() {
        @Override
        public LeafReader wrap(LeafReader leaf) {
          return new CountingLeaf(leaf, reads);
        }
      });
      this.reads = reads;
    }

    @Override
    protected DirectoryReader doWrapDirectoryReader(DirectoryReader in) throws IOException {
      return new CountingReader(in, reads);
    }

    @Override
    public CacheHelper getReaderCacheHelper() {
      return null;
    }
  }

  private static final class CountingLeaf extends FilterLeafReader {
    private final AtomicInteger reads;

    CountingLeaf(LeafReader in, AtomicInteger reads) {
      super(in);
      this.reads = reads;
    }

    @Override
    public StoredFields storedFields() throws IOException {
      StoredFields stored = in.storedFields();
      return new StoredFields() {
        @Override
        public void document(int doc, StoredFieldVisitor visitor) throws IOException {
          reads.incrementAndGet();
          stored.document(doc, visitor);
        }
      };
    }

    @Override
    public CacheHelper getCoreCacheHelper() {
      return in.getCoreCacheHelper();
    }

    @Override
    public CacheHelper getReaderCacheHelper() {
      return null;
    }
  }
}
