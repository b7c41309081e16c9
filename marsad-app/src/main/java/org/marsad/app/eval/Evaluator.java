package org.marsad.app.eval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.marsad.extract.Entity;
import org.marsad.extract.Extraction;
import org.marsad.extract.Mention;
import org.marsad.extract.Relation;
import org.marsad.extract.RelationType;
import org.marsad.extract.Role;

/**
 * Scores one extraction against its gold file.
 *
 * <p>A gold entity is found by a system entity of the same type with a mention overlapping an occurrence of one
 * of its surfaces ("one_entity" golds need one system entity over all their surfaces). A gold relation is found
 * by a system relation of the same type whose arguments cover, role by role, at least one entity of each gold
 * role (two for participants); an unnamed subject is checked through its MEMBER_OF link instead. A gold role
 * whose entities were all missed is not checked (the miss already counts against entities), but at least one
 * role must be checked.
 */
public final class Evaluator {

  private Evaluator() {
  }

  public static void score(String doc, Gold gold, Extraction x, Score into) {
    Map<String, String> keyToEntity = alignEntities(doc, gold, x, into);
    Set<String> matchedRelations = new HashSet<>();
    for (Gold.GoldRelation g : gold.relations()) {
      Relation best = null;
      for (Relation r : x.relations()) {
        if (!matchedRelations.contains(r.id()) && matches(g, r, keyToEntity, x)) {
          best = r;
          if (g.mustNotBe().map(m -> m != r.modality()).orElse(true)) {
            break;
          }
        }
      }
      String label = doc + " " + g.id() + " " + g.type() + " " + g.roles() + g.subjectAffiliation()
          .map(a -> " affiliation=" + a).orElse("") + " [" + g.modality() + "]";
      if (best == null) {
        into.relationMiss(g.type().name(), g.required(), "miss relation " + label);
        continue;
      }
      matchedRelations.add(best.id());
      into.relationHit(g.type().name(), g.required());
      if (best.modality() != g.modality()) {
        into.modalityError(label + " got " + best.modality() + " «" + best.evidence().text() + "»", g.required());
      }
      Relation found = best;
      if (g.mustNotBe().map(m -> m == found.modality()).orElse(false)) {
        into.violation(label + " came out " + found.modality() + " «" + found.evidence().text() + "»");
      }
    }
    for (Relation r : x.relations()) {
      if (!matchedRelations.contains(r.id())) {
        into.relationFalse(r.type().name(), "false relation " + doc + " " + r.type() + " " + describe(r, x)
            + " [" + r.modality() + "] «" + r.evidence().text() + "»");
      }
    }
  }

  private static String describe(Relation r, Extraction x) {
    StringBuilder sb = new StringBuilder();
    r.args().forEach((role, ids) -> {
      sb.append(role.key()).append('=');
      ids.forEach(id -> sb.append(x.entity(id).map(Entity::name).orElse(id)).append(';'));
      sb.append(' ');
    });
    return sb.toString().trim();
  }

  private static Map<String, String> alignEntities(String doc, Gold gold, Extraction x, Score into) {
    Map<String, String> keyToEntity = new HashMap<>();
    Set<String> used = new HashSet<>();
    String text = x.text();
    for (Gold.GoldEntity g : gold.entities()) {
      List<int[]> occurrences = new ArrayList<>();
      List<Integer> surfaceOf = new ArrayList<>();
      for (int s = 0; s < g.surfaces().size(); s++) {
        String surface = g.surfaces().get(s);
        for (int at = text.indexOf(surface); at >= 0 && !surface.isEmpty(); at = text.indexOf(surface, at + 1)) {
          occurrences.add(new int[] {at, at + surface.length()});
          surfaceOf.add(s);
        }
      }
      Entity best = null;
      int bestScore = 0;
      for (Entity e : x.entities()) {
        if (e.type() != g.type()) {
          continue;
        }
        Set<Integer> surfacesCovered = new HashSet<>();
        int score = 0;
        for (int k = 0; k < occurrences.size(); k++) {
          int[] occ = occurrences.get(k);
          for (Mention m : e.mentions()) {
            if (m.start() < occ[1] && occ[0] < m.end()) {
              score++;
              surfacesCovered.add(surfaceOf.get(k));
              break;
            }
          }
        }
        if (g.oneEntity() && surfacesCovered.size() < g.surfaces().size()) {
          continue;
        }
        if (score > bestScore || (score == bestScore && score > 0 && used.contains(best.id())
            && !used.contains(e.id()))) {
          best = e;
          bestScore = score;
        }
      }
      if (best == null) {
        into.entityMiss(g.type().name(), g.required(), "miss entity " + doc + " " + g.key() + " " + g.type()
            + " " + g.surfaces() + (g.oneEntity() ? " (as one entity)" : ""));
      } else {
        keyToEntity.put(g.key(), best.id());
        used.add(best.id());
        into.entityHit(g.type().name(), g.required());
      }
    }
    for (Entity e : x.entities()) {
      if (!used.contains(e.id())) {
        into.entityFalse(e.type().name(), "false entity " + doc + " " + e.type() + " " + e.name()
            + " (" + e.nameEn() + ")");
      }
    }
    return keyToEntity;
  }

  private static boolean matches(Gold.GoldRelation g, Relation r, Map<String, String> keyToEntity, Extraction x) {
    if (g.type() != r.type()) {
      return false;
    }
    int checked = 0;
    for (Map.Entry<String, List<String>> role : g.roles().entrySet()) {
      Role sysRole = Role.fromKey(role.getKey());
      Set<String> want = new HashSet<>();
      role.getValue().forEach(k -> Optional.ofNullable(keyToEntity.get(k)).ifPresent(want::add));
      if (want.isEmpty()) {
        continue; // the entity itself was missed, and counted so; the relation is judged on the rest
      }
      List<String> have = r.arg(sysRole);
      if (have.isEmpty() && sysRole == Role.PARTICIPANTS) {
        have = new ArrayList<>(r.arg(Role.SUBJECT));
        have.addAll(r.arg(Role.OBJECT));
      }
      long common = have.stream().filter(want::contains).count();
      int need = sysRole == Role.PARTICIPANTS ? Math.min(2, want.size()) : 1;
      if (common < need) {
        return false;
      }
      checked++;
    }
    if (checked == 0 && g.subjectAffiliation().isEmpty()) {
      return false; // nothing found to anchor the relation on
    }
    if (g.subjectAffiliation().isPresent()) {
      String group = keyToEntity.get(g.subjectAffiliation().get());
      if (group == null || r.arg(Role.SUBJECT).isEmpty()) {
        return false;
      }
      boolean member = false;
      for (String subject : r.arg(Role.SUBJECT)) {
        for (Relation m : x.relations()) {
          if (m.type() == RelationType.MEMBER_OF && m.arg(Role.SUBJECT).contains(subject)
              && m.arg(Role.OBJECT).contains(group)) {
            member = true;
          }
        }
      }
      return member;
    }
    return true;
  }
}
