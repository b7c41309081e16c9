package org.marsad.app.kb;

import org.marsad.kb.export.AnswerJson;
import org.marsad.kb.export.JsonExport;
import org.marsad.kb.store.Reports;
import org.marsad.kb.store.StoredReport;

/** The knowledge base's answers as JSON, in the shapes the HTTP API also serves ({@link AnswerJson}). */
final class KbJson {
  private KbJson() {
  }

  static String write(Object value) {
    return JsonExport.write(value);
  }

  static AnswerJson answers(KbSession kb, Names names) {
    Reports reports = new Reports(kb.db().handle());
    return new AnswerJson(names::entity, id -> reports.byId(id).map(StoredReport::inputName));
  }
}
