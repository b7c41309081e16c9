package org.marsad.kb.index;

import java.util.Set;
import org.marsad.extract.EntityType;

/**
 * How an entity is named in search facets, whether the document is built at ingest time or again from the
 * store: the English name when there is one, since facets are read by analysts of either language.
 */
public final class FacetLabels {
  private FacetLabels() {
  }

  public static String label(String name, String nameEn) {
    return nameEn == null || nameEn.isBlank() ? name : nameEn;
  }

  /** Adds the label to the facet set of its type; types without a facet are ignored. */
  public static void add(EntityType type, String label, Set<String> groups, Set<String> people, Set<String> places) {
    switch (type) {
      case ARMED_GROUP -> groups.add(label);
      case PERSON -> people.add(label);
      case LOCATION -> places.add(label);
      default -> {
      }
    }
  }
}
