package org.marsad.extract;

import java.util.List;
import java.util.Optional;

/** The sourced picture of one report: the contract that `marsad extract --json` prints. */
public record Extraction(String text, DocumentInfo document, List<Entity> entities, List<Relation> relations) {

  public Extraction {
    entities = List.copyOf(entities);
    relations = List.copyOf(relations);
  }

  public Optional<Entity> entity(String id) {
    return entities.stream().filter(e -> e.id().equals(id)).findFirst();
  }
}
