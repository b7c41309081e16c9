package org.marsad.share.export;

import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.LongFunction;
import org.marsad.extract.RelationType;
import org.marsad.extract.Role;
import org.marsad.kb.query.Fact;

/**
 * A fact's stable key: its type and the idents of its entities by role (for symmetric types, as one set), and
 * for an event its day. Database ids differ between stores and after re-extraction; idents do not, so the key
 * names the same fact wherever it is computed, and ids and markings hang on it.
 */
public final class FactKey {
  private static final List<Role> SYMMETRIC_ROLES = List.of(Role.SUBJECT, Role.OBJECT, Role.PARTICIPANTS);

  private FactKey() {
  }

  public static String of(Fact f, LongFunction<String> identOf) {
    return of(f.type(), f.args(), f.when().map(Object::toString).orElse("undated"), identOf);
  }

  static String of(RelationType type, Map<Role, List<Long>> args, String day, LongFunction<String> identOf) {
    StringBuilder sb = new StringBuilder(type.name());
    if (type.shape() == RelationType.Shape.SYMMETRIC) {
      TreeSet<String> with = new TreeSet<>();
      SYMMETRIC_ROLES.forEach(r -> args.getOrDefault(r, List.of()).forEach(id -> with.add(identOf.apply(id))));
      sb.append("|with=").append(with);
    }
    for (Role r : Role.values()) {
      if (type.shape() == RelationType.Shape.SYMMETRIC && SYMMETRIC_ROLES.contains(r)) {
        continue;
      }
      List<Long> ids = args.getOrDefault(r, List.of());
      if (!ids.isEmpty()) {
        TreeSet<String> idents = new TreeSet<>();
        ids.forEach(id -> idents.add(identOf.apply(id)));
        sb.append('|').append(r.key()).append('=').append(idents);
      }
    }
    if (type.isEvent()) {
      sb.append('@').append(day);
    }
    return sb.toString();
  }
}
