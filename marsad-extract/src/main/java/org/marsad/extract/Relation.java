package org.marsad.extract;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A relation or event with its arguments (entity ids by role), how sure the report is, who says so, when,
 * and the stretch of text that supports it.
 */
public record Relation(String id, RelationType type, Map<Role, List<String>> args, Modality modality,
                       Optional<Mention> attribution, Optional<TimeValue> time, Mention evidence,
                       double confidence) {

  public Relation {
    EnumMap<Role, List<String>> copy = new EnumMap<>(Role.class);
    args.forEach((r, ids) -> {
      if (!ids.isEmpty()) {
        copy.put(r, List.copyOf(ids));
      }
    });
    args = java.util.Collections.unmodifiableMap(copy);
    if (confidence < 0 || confidence > 1) {
      throw new ExtractException("confidence must lie in [0,1]: " + confidence);
    }
  }

  public List<String> arg(Role role) {
    return args.getOrDefault(role, List.of());
  }
}
