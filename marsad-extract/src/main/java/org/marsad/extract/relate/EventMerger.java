package org.marsad.extract.relate;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.marsad.extract.Modality;
import org.marsad.extract.RelationType;
import org.marsad.extract.Role;

/**
 * Merges mentions that state the same fact. Mentions with the same type and the same core arguments merge
 * when they agree on whether the fact happened (a prospect never merges into a fact). Events also merge by
 * coreference: a report that returns to an unnamed actor's journey to the same destination, or to "the
 * meeting", speaks of one event; the unnamed actors become one entity ({@link #aliases()}).
 */
final class EventMerger {
  private static final Set<Role> SECONDARY = Set.of(Role.LOCATION, Role.ORIGIN, Role.DESTINATION, Role.VIA,
      Role.AGENT);
  private final Map<String, String> aliases = new java.util.LinkedHashMap<>();
  private final Set<String> unnamedEntities;

  EventMerger(Set<String> unnamedEntities) {
    this.unnamedEntities = unnamedEntities;
  }

  /** Entity ids that coreference merged away, mapped to the id that stays. */
  Map<String, String> aliases() {
    return aliases;
  }

  List<List<RelationMention>> merge(List<RelationMention> mentions) {
    List<List<RelationMention>> clusters = new ArrayList<>();
    for (RelationMention m : mentions) {
      List<RelationMention> home = null;
      for (List<RelationMention> c : clusters) {
        if (sameFact(c, m)) {
          home = c;
          break;
        }
      }
      if (home == null) {
        home = new ArrayList<>();
        clusters.add(home);
      }
      home.add(m);
    }
    return clusters;
  }

  private boolean sameFact(List<RelationMention> cluster, RelationMention m) {
    RelationMention first = cluster.get(0);
    if (first.type != m.type || factual(first.stance.modality()) != factual(m.stance.modality())) {
      return false;
    }
    if (sameCore(first, m)) {
      boolean attack = m.type == RelationType.ATTACK || m.type == RelationType.KIDNAPPING;
      if (!attack || !first.get(Role.TARGET).isEmpty() || agentsAgree(cluster, m)) {
        return true;
      }
    }
    if (m.type == RelationType.MOVEMENT && first.stance.modality() == m.stance.modality()) {
      for (RelationMention c : cluster) {
        if (corefMovement(c, m)) {
          String keep = c.get(Role.SUBJECT).iterator().next();
          String drop = m.get(Role.SUBJECT).iterator().next();
          if (!keep.equals(drop)) {
            aliases.put(drop, keep);
          }
          return true;
        }
      }
    }
    if (m.type == RelationType.ATTACK || m.type == RelationType.KIDNAPPING) {
      // "the attack" again and again in one report is one attack, unless the mentions disagree on who or where
      // and every mention already in the cluster counts: a bare "الهجوم" first must not let a raid by someone
      // else, somewhere else, join the attack the others describe
      if (first.stance.modality() != m.stance.modality()) {
        return false;
      }
      for (RelationMention c : cluster) {
        if (!compatible(c, m, Role.AGENT) || !compatible(c, m, Role.TARGET) || !compatible(c, m, Role.LOCATION)) {
          return false;
        }
      }
      return true;
    }
    if (m.type == RelationType.MEETING) {
      return first.time.isEmpty() || m.time.isEmpty()
          || first.time.get().earliest().equals(m.time.get().earliest());
    }
    return false;
  }

  private static boolean compatible(RelationMention a, RelationMention b, Role role) {
    Set<String> x = a.get(role);
    Set<String> y = b.get(role);
    return x.isEmpty() || y.isEmpty() || x.stream().anyMatch(y::contains);
  }

  private static boolean factual(Modality m) {
    return m == Modality.ASSERTED || m == Modality.REPORTED || m == Modality.LIKELY;
  }

  private boolean sameCore(RelationMention a, RelationMention b) {
    for (Role r : Role.values()) {
      if (SECONDARY.contains(r)) {
        continue;
      }
      if (!a.get(r).equals(b.get(r))) {
        return false;
      }
    }
    return !a.args.isEmpty();
  }

  /**
   * Whether a mention may join an attack whose mentions name no target: not when two of them name different
   * actors, both named ("وهاجمت بوكو حرام المدينة" and "هاجم الجيش التشادي مواقع في ديفا" are two attacks); an
   * unnamed actor ("مسلحون") may be any of the named ones.
   */
  private boolean agentsAgree(List<RelationMention> cluster, RelationMention m) {
    for (RelationMention c : cluster) {
      Set<String> x = named(c.get(Role.AGENT));
      Set<String> y = named(m.get(Role.AGENT));
      if (!x.isEmpty() && !y.isEmpty() && x.stream().noneMatch(y::contains)) {
        return false;
      }
    }
    return true;
  }

  private Set<String> named(Set<String> agents) {
    Set<String> out = new java.util.LinkedHashSet<>(agents);
    out.removeAll(unnamedEntities);
    return out;
  }

  private boolean corefMovement(RelationMention a, RelationMention b) {
    if (a.get(Role.SUBJECT).size() != 1 || b.get(Role.SUBJECT).size() != 1) {
      return false;
    }
    String sa = a.get(Role.SUBJECT).iterator().next();
    String sb = b.get(Role.SUBJECT).iterator().next();
    boolean sameActor = sa.equals(sb) || (unnamedEntities.contains(sa) && unnamedEntities.contains(sb));
    if (!sameActor) {
      return false;
    }
    Set<String> da = union(a.get(Role.DESTINATION), a.get(Role.VIA));
    Set<String> db = union(b.get(Role.DESTINATION), b.get(Role.VIA));
    boolean sharedPlace = da.stream().anyMatch(db::contains);
    boolean originClash = !a.get(Role.ORIGIN).isEmpty() && !b.get(Role.ORIGIN).isEmpty()
        && a.get(Role.ORIGIN).stream().noneMatch(b.get(Role.ORIGIN)::contains);
    return sharedPlace && !originClash;
  }

  private static Set<String> union(Set<String> x, Set<String> y) {
    Set<String> s = new LinkedHashSet<>(x);
    s.addAll(y);
    return s;
  }
}
