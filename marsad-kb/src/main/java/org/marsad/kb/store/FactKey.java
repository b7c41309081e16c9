package org.marsad.kb.store;

import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.marsad.extract.RelationType;
import org.marsad.extract.Role;

/**
 * What makes claims one fact: the same type and the same entities in the same roles; for symmetric types the set of
 * entities counts, not their roles. Over stored entity ids this is the key of a kept fact summary; over canonical
 * ids (merges applied) it is the key of a fact as the analyst sees it.
 */
public final class FactKey {
  private FactKey() {
  }

  public static String of(RelationType type, Map<Role, List<Long>> args) {
    StringBuilder sb = new StringBuilder(type.name());
    if (type.shape() == RelationType.Shape.SYMMETRIC) {
      TreeSet<Long> all = new TreeSet<>();
      for (Role r : List.of(Role.SUBJECT, Role.OBJECT, Role.PARTICIPANTS)) {
        all.addAll(args.getOrDefault(r, List.of()));
      }
      sb.append("|with=").append(all);
      sb.append('|').append(Role.LOCATION).append('=')
          .append(new TreeSet<>(args.getOrDefault(Role.LOCATION, List.of())));
      return sb.toString();
    }
    for (Role r : Role.values()) {
      List<Long> ids = args.getOrDefault(r, List.of());
      if (!ids.isEmpty()) {
        sb.append('|').append(r).append('=').append(new TreeSet<>(ids));
      }
    }
    return sb.toString();
  }
}
