package org.marsad.kb.search;

import java.io.IOException;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.StoredFieldVisitor;
import org.apache.lucene.index.StoredFields;

/** What a hit shows of its stored document: the report id, the title and the text (null when none is stored). */
record HitFields(long reportId, String title, String text) {

  /** Reads the three in one visit; text beyond {@code maxTextChars} is left out, as the highlighter would. */
  static HitFields read(StoredFields stored, int doc, int maxTextChars) throws IOException {
    Visitor v = new Visitor();
    stored.document(doc, v);
    if (v.id == null) {
      throw new SearchException("indexed document " + doc + " has no stored report id");
    }
    String text = v.text == null || v.text.length() <= maxTextChars ? v.text : v.text.substring(0, maxTextChars);
    return new HitFields(Long.parseLong(v.id), v.title, text);
  }

  private static final class Visitor extends StoredFieldVisitor {
    private String id;
    private String title;
    private String text;

    @Override
    public Status needsField(FieldInfo field) {
      return switch (field.name) {
        case ReportDocuments.ID, ReportDocuments.TITLE, ReportDocuments.TEXT -> Status.YES;
        default -> Status.NO;
      };
    }

    @Override
    public void stringField(FieldInfo field, String value) {
      switch (field.name) {
        case ReportDocuments.ID -> id = value;
        case ReportDocuments.TITLE -> title = value;
        default -> text = value;
      }
    }
  }
}
