package org.marsad.kb.search;

import java.io.IOException;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.Term;

/** The index schema: which field holds what, and how a report becomes a document. */
final class ReportDocuments {
  static final String ID = "id";
  static final String TEXT = "text";
  static final String TITLE = "title";
  /** Publication day as a point, for date ranges; undated reports have none. */
  static final String PUBLISHED = "published";
  /**
   * Publication day as a doc value, for ordering; every report has one. Lucene wants one schema per field name
   * in every document, so this cannot share the name of the point.
   */
  static final String PUBLISHED_ORDER = "published_order";
  /** Ids of the stored entities the report names, each with its mention count as term frequency. */
  static final String ENTITY = "entity";

  /** Offsets in the postings let the highlighter mark matches without analysing the text again. */
  private static final FieldType TEXT_TYPE = textType(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
  private static final FieldType TITLE_TYPE = textType(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS);
  private static final FieldType ENTITY_TYPE = entityType();

  private ReportDocuments() {
  }

  static FacetsConfig facetsConfig() {
    FacetsConfig config = new FacetsConfig();
    for (FacetDim dim : FacetDim.values()) {
      config.setMultiValued(dim.label(), dim.multiValued());
    }
    return config;
  }

  static Term idTerm(long reportId) {
    return new Term(ID, Long.toString(reportId));
  }

  static Document toDocument(IndexedReport report, FacetsConfig config) throws IOException {
    Document doc = new Document();
    doc.add(new StringField(ID, Long.toString(report.reportId()), Field.Store.YES));
    doc.add(new Field(TITLE, report.title(), TITLE_TYPE));
    doc.add(new Field(TEXT, report.text(), TEXT_TYPE));
    // Undated reports sort after dated ones when results are listed newest first.
    long day = report.published().map(d -> d.toEpochDay()).orElse(Long.MIN_VALUE);
    doc.add(new NumericDocValuesField(PUBLISHED_ORDER, day));
    report.published().ifPresent(d -> doc.add(new LongPoint(PUBLISHED, d.toEpochDay())));
    if (!report.mentionsPerEntity().isEmpty()) {
      doc.add(new Field(ENTITY, new CountedTerms(report.mentionsPerEntity()), ENTITY_TYPE));
    }
    for (FacetDim dim : FacetDim.values()) {
      for (String value : dim.valuesOf(report)) {
        doc.add(new SortedSetDocValuesFacetField(dim.label(), value));
      }
    }
    return config.build(doc);
  }

  private static FieldType entityType() {
    FieldType type = new FieldType();
    type.setTokenized(true);
    type.setOmitNorms(true);
    type.setIndexOptions(IndexOptions.DOCS_AND_FREQS);
    type.freeze();
    return type;
  }

  private static FieldType textType(IndexOptions options) {
    FieldType type = new FieldType();
    type.setTokenized(true);
    type.setStored(true);
    type.setIndexOptions(options);
    type.freeze();
    return type;
  }
}
