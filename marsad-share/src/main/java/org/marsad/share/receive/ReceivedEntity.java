package org.marsad.share.receive;

import java.util.List;
import java.util.Optional;
import org.marsad.extract.EntityType;
import org.marsad.extract.GeoPoint;

/** An entity as a partner sent it, by its STIX id. */
record ReceivedEntity(String stixId, EntityType type, String name, String nameEn, List<String> aliases,
                      Optional<String> lexiconId, Optional<GeoPoint> geo, boolean unnamed) {
  ReceivedEntity {
    aliases = List.copyOf(aliases);
  }
}
