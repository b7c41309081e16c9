package org.marsad.kb.query;

import java.time.Instant;
import java.util.List;
import org.marsad.kb.store.StoredEntity;

/**
 * What reached the knowledge base since a moment (ingest time, which is what "this week" means to an
 * analyst reading new reporting): new entities, relations seen for the first time, relations newly
 * contradicted, and new events.
 */
public record Changes(Instant since, List<StoredEntity> newEntities, List<Fact> newRelations,
                      List<Fact> contradicted, List<Fact> newEvents) {

  public Changes {
    newEntities = List.copyOf(newEntities);
    newRelations = List.copyOf(newRelations);
    contradicted = List.copyOf(contradicted);
    newEvents = List.copyOf(newEvents);
  }
}
