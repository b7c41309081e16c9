package org.marsad.app.kb;

import java.util.Map;
import org.marsad.kb.export.JsonExport;
import org.marsad.kb.query.Fact;
import org.marsad.kb.store.StoredEntity;

/** The knowledge base's answers as JSON, in the shapes of {@link JsonExport}. */
final class KbJson {
  private KbJson() {
  }

  static String write(Object value) {
    return JsonExport.write(value);
  }

  static Map<String, Object> entity(StoredEntity e) {
    return JsonExport.entity(e);
  }

  static Map<String, Object> fact(Fact f, Names names) {
    return JsonExport.fact(f, names::entity);
  }
}
