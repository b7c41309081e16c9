package org.marsad.extract.relate;

import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.marsad.extract.Mention;
import org.marsad.extract.RelationType;
import org.marsad.extract.Role;
import org.marsad.extract.TimeValue;

/** One textual occurrence of a relation or event, before occurrences of the same fact are merged. */
final class RelationMention {
  final RelationType type;
  final Map<Role, Set<String>> args = new EnumMap<>(Role.class);
  Stance stance;
  Optional<TimeValue> time = Optional.empty();
  Mention evidence;
  final int trigger;

  RelationMention(RelationType type, int trigger) {
    this.type = type;
    this.trigger = trigger;
  }

  RelationMention add(Role role, String entityId) {
    if (entityId != null) {
      args.computeIfAbsent(role, r -> new LinkedHashSet<>()).add(entityId);
    }
    return this;
  }

  Set<String> get(Role role) {
    return args.getOrDefault(role, Set.of());
  }

  int argCount() {
    int n = 0;
    for (Set<String> ids : args.values()) {
      n += ids.size();
    }
    return n;
  }

  /** The entities filling any role. */
  Set<String> argumentIds() {
    if (args.size() == 1) {
      return args.values().iterator().next();
    }
    Set<String> all = new java.util.HashSet<>();
    args.values().forEach(all::addAll);
    return all;
  }
}
