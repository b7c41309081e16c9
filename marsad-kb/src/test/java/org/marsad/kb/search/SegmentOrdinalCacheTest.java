package org.marsad.kb.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.BitSetIterator;
import org.apache.lucene.util.FixedBitSet;
import org.junit.jupiter.api.Test;

/** Each segment's facet ordinals are read once, shared by the readers that hold it, and dropped when it closes. */
class SegmentOrdinalCacheTest {
  private final FacetsConfig config = ReportDocuments.facetsConfig();
  private final SegmentOrdinalCache cache =
      new SegmentOrdinalCache(config.getDimConfig(FacetDim.GROUP.label()).indexFieldName);

  @Test
  void aReopenedReaderReadsOnlyItsNewSegmentAndMergedAwaySegmentsAreDropped() throws IOException {
    try (ByteBuffersDirectory dir = new ByteBuffersDirectory();
        IndexWriter writer = new IndexWriter(dir, new IndexWriterConfig())) {
      add(writer, 1, "JNIM");
      DirectoryReader first = DirectoryReader.open(writer);
      List<SegmentOrdinals> firstOrds = read(first);
      add(writer, 2, "ISGS");
      DirectoryReader second = DirectoryReader.openIfChanged(first, writer);
      List<SegmentOrdinals> secondOrds = read(second);
      assertThat(secondOrds).hasSize(2);
      assertThat(secondOrds.get(0)).isSameAs(firstOrds.get(0));
      assertThat(cache.size()).isEqualTo(2);

      writer.forceMerge(1);
      DirectoryReader merged = DirectoryReader.openIfChanged(second, writer);
      read(merged);
      first.close();
      second.close();
      assertThat(cache.size()).isEqualTo(1);
      merged.close();
      writer.close(); // the writer pools the merged segment for its next near-real-time reader
      assertThat(cache.size()).isZero();
    }
  }

  @Test
  void eachGivenReportCountsItsOwnValuesOnly() throws IOException {
    try (ByteBuffersDirectory dir = new ByteBuffersDirectory();
        IndexWriter writer = new IndexWriter(dir, new IndexWriterConfig())) {
      add(writer, 1, "JNIM");
      writer.addDocument(config.build(new org.apache.lucene.document.Document())); // a report without values
      add(writer, 3, "ISGS", "JNIM");
      try (DirectoryReader reader = DirectoryReader.open(writer)) {
        SegmentOrdinals ords = read(reader).get(0);
        // language "ar", source "s", then the groups: 3 values, none, 4 values
        assertThat(counted(ords, 0)).isEqualTo(3);
        assertThat(counted(ords, 1)).isZero();
        assertThat(counted(ords, 2)).isEqualTo(4);
        assertThat(counted(ords, 0, 1, 2)).isEqualTo(7);
      }
    }
  }

  @Test
  void ordinalsFarApartAreCountedLikeTheDocValues() throws IOException {
    try (ByteBuffersDirectory dir = new ByteBuffersDirectory();
        IndexWriter writer = new IndexWriter(dir, new IndexWriterConfig())) {
      for (int i = 0; i < 400; i++) {
        add(writer, i, String.format("g%03d", i));
      }
      add(writer, 400, "g000", "g123", "g399"); // gaps of hundreds of ordinals: several bytes each
      try (DirectoryReader reader = DirectoryReader.open(writer)) {
        SegmentOrdinals ords = read(reader).get(0);
        SortedSetDocValues values = DocValues.getSortedSet(reader.leaves().get(0).reader(),
            config.getDimConfig(FacetDim.GROUP.label()).indexFieldName);
        int[] identity = new int[ords.valueCount()];
        for (int i = 0; i < identity.length; i++) {
          identity[i] = i;
        }
        for (int doc = 0; doc <= 400; doc++) {
          int[] expected = new int[ords.valueCount()];
          values.advanceExact(doc);
          for (int i = 0; i < values.docValueCount(); i++) {
            expected[(int) values.nextOrd()]++;
          }
          int[] counts = new int[ords.valueCount()];
          FixedBitSet one = new FixedBitSet(401);
          one.set(doc);
          ords.countInto(new BitSetIterator(one, 1), identity, counts);
          assertThat(counts).as("report %d", doc).isEqualTo(expected);
        }
      }
    }
  }

  private static int counted(SegmentOrdinals ords, int... docs) throws IOException {
    FixedBitSet given = new FixedBitSet(3);
    for (int doc : docs) {
      given.set(doc);
    }
    int[] identity = new int[ords.valueCount()];
    for (int i = 0; i < identity.length; i++) {
      identity[i] = i;
    }
    int[] counts = new int[ords.valueCount()];
    ords.countInto(new BitSetIterator(given, docs.length), identity, counts);
    int sum = 0;
    for (int c : counts) {
      sum += c;
    }
    return sum;
  }

  private List<SegmentOrdinals> read(DirectoryReader reader) throws IOException {
    List<SegmentOrdinals> out = new ArrayList<>();
    for (LeafReaderContext leaf : reader.leaves()) {
      out.add(cache.of(leaf.reader()));
    }
    return out;
  }

  private void add(IndexWriter writer, long id, String... groups) throws IOException {
    writer.addDocument(ReportDocuments.toDocument(TestReports.report(id).text("r").source("s").groups(groups)
        .build(), config));
  }
}
