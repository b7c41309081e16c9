package org.marsad.kb.store;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.marsad.extract.RelationType;

/**
 * A standing question and its indicators. A claim is a hit when its type is one of {@code types} (any, if
 * empty), it involves one of {@code entities} (any, if empty), also one of {@code counterparts} (any, if empty),
 * and it is located at one of {@code places} (anywhere, if empty). "Will the Sahara Battalions or AQIM pledge to
 * ISIS?" is types {PLEDGED_ALLEGIANCE}, entities {Sahara Battalions, AQIM}, counterparts {ISIS}. Names are as the
 * analyst typed them, in any script.
 */
public record Watch(long id, String name, String question, Set<RelationType> types, List<String> entities,
                    List<String> counterparts, List<String> places, Instant createdAt) {

  public Watch {
    types = Set.copyOf(types);
    entities = List.copyOf(entities);
    counterparts = List.copyOf(counterparts);
    places = List.copyOf(places);
  }
}
