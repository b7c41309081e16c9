package org.marsad.kb.export;

import java.util.List;
import java.util.Map;
import org.marsad.kb.query.Fact;
import org.marsad.kb.store.StoredEntity;

/** What an export writes: facts with their evidence, and every entity they name (canonical ids). */
public record ExportData(List<Fact> facts, Map<Long, StoredEntity> entities) {

  public ExportData {
    facts = List.copyOf(facts);
    entities = Map.copyOf(entities);
  }

  public StoredEntity entity(long id) {
    StoredEntity e = entities.get(id);
    if (e == null) {
      throw new IllegalArgumentException("entity " + id + " is named by a fact but not in the export");
    }
    return e;
  }
}
