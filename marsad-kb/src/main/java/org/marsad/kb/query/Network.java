package org.marsad.kb.query;

import java.util.List;
import org.marsad.kb.store.StoredEntity;

/** The entities within some steps of one entity, and the facts that link them. */
public record Network(StoredEntity center, int depth, List<StoredEntity> nodes, List<Fact> edges) {

  public Network {
    nodes = List.copyOf(nodes);
    edges = List.copyOf(edges);
  }
}
