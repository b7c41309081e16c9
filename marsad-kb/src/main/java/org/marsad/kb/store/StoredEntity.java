package org.marsad.kb.store;

import java.util.Optional;
import org.marsad.extract.EntityType;
import org.marsad.extract.GeoPoint;

/** An entity of the knowledge base. {@code canonicalId} is itself unless an analyst or a report merged it. */
public record StoredEntity(long id, String ident, EntityType type, String name, String nameEn,
                           Optional<String> lexiconId, boolean unnamed, Optional<GeoPoint> geo, long canonicalId) {

  public boolean isMerged() {
    return canonicalId != id;
  }
}
