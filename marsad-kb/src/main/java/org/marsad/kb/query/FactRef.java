package org.marsad.kb.query;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.marsad.extract.RelationType;
import org.marsad.extract.Role;
import org.marsad.kb.store.FactSummaries;

/**
 * A kept fact as a client names it: its type and its entities by role, canonical ids ascending,
 * "LEADER_OF:subject=12:object=24". Every character is allowed in a URL path segment as it is, so the reference
 * needs no escaping. It names the fact as the analyst sees it, merges applied, and changes when entities merge.
 */
public record FactRef(RelationType type, Map<Role, List<Long>> args) {
  private static final int MAX_LENGTH = 2000;

  public FactRef {
    Map<Role, List<Long>> sorted = new EnumMap<>(Role.class);
    args.forEach((r, ids) -> {
      if (!ids.isEmpty()) {
        sorted.put(r, List.copyOf(new TreeSet<>(ids)));
      }
    });
    if (sorted.isEmpty()) {
      throw new BadReferenceException("a fact of type " + type + " names at least one entity");
    }
    args = java.util.Collections.unmodifiableMap(sorted);
  }

  public static FactRef of(Fact f) {
    return new FactRef(f.type(), f.args());
  }

  public static FactRef parse(String text) {
    if (text == null || text.isBlank() || text.length() > MAX_LENGTH) {
      throw new BadReferenceException("a fact reference looks like LEADER_OF:subject=12:object=24, not '"
          + clip(text) + "'");
    }
    String[] parts = text.split(":", -1);
    RelationType type;
    try {
      type = RelationType.valueOf(parts[0]);
    } catch (IllegalArgumentException e) {
      throw new BadReferenceException("unknown relation type '" + clip(parts[0]) + "' in fact reference '"
          + clip(text) + "'");
    }
    if (!FactSummaries.KEPT.contains(type)) {
      throw new BadReferenceException("evidence is paged for affiliations only " + new TreeSet<>(FactSummaries.KEPT)
          + ", not " + type + " (ask /api/relations or /api/timeline for other facts)");
    }
    Map<Role, List<Long>> args = new EnumMap<>(Role.class);
    for (int i = 1; i < parts.length; i++) {
      int eq = parts[i].indexOf('=');
      if (eq < 1) {
        throw new BadReferenceException("'" + clip(parts[i]) + "' in fact reference '" + clip(text)
            + "' is not role=ids");
      }
      Role role = role(parts[i].substring(0, eq), text);
      List<Long> ids = new ArrayList<>();
      for (String id : parts[i].substring(eq + 1).split(",", -1)) {
        ids.add(id(id, text));
      }
      if (args.put(role, ids) != null) {
        throw new BadReferenceException("role " + role.key() + " appears twice in fact reference '" + clip(text)
            + "'");
      }
    }
    return new FactRef(type, args);
  }

  private static Role role(String key, String text) {
    for (Role r : Role.values()) {
      if (r.key().equals(key)) {
        return r;
      }
    }
    throw new BadReferenceException("unknown role '" + clip(key) + "' in fact reference '" + clip(text) + "'");
  }

  private static long id(String s, String text) {
    try {
      long id = Long.parseLong(s);
      if (id > 0) {
        return id;
      }
    } catch (NumberFormatException e) {
      // told below, with the reference
    }
    throw new BadReferenceException("'" + clip(s) + "' is not an entity id in fact reference '" + clip(text) + "'");
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder(type.name());
    args.forEach((r, ids) -> {
      sb.append(':').append(r.key()).append('=');
      for (int i = 0; i < ids.size(); i++) {
        sb.append(i == 0 ? "" : ",").append(ids.get(i));
      }
    });
    return sb.toString();
  }

  static String clip(String v) {
    return v == null ? "" : v.length() <= 80 ? v : v.substring(0, 80) + "…";
  }
}
