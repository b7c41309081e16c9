package org.marsad.extract.relate;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.marsad.extract.RelationType;
import org.marsad.extract.Role;

/**
 * "ظهر كوفا في شريط مصور إلى جانب أغ غالي وأبي الهمام" puts the three together (a meeting); "تقاتل القوات التشادية
 * إلى جانب القوات الفرنسية" makes the two fight together (cooperation). "إلى جانب" alone is too common to mean
 * either ("in addition to"), so only the verb before it in the clause decides.
 */
final class Alongside {
  private static final Set<String> APPEAR = RelationFinder.folded("ظهر", "ظهرت", "ظهروا", "يظهر", "تظهر", "ظهورا",
      "ظهوره", "appeared", "seen", "apparu", "apparaît");
  private static final Set<String> FIGHT = RelationFinder.folded("تقاتل", "يقاتل", "يقاتلون", "قاتل", "قاتلت",
      "قاتلوا", "تحارب", "يحارب", "fight", "fights", "fought", "fighting", "combat", "combattent", "combattu");
  private static final int VERB_REACH = 8;
  private static final Set<String> TO = RelationFinder.folded("إلى", "الى", "وإلى");
  private static final Set<String> SIDE = RelationFinder.folded("جانب");

  private static final Set<String> EACH = RelationFinder.folded("كل");
  private static final Set<String> FROM = RelationFinder.folded("من");

  private final Context ctx;
  private final Arguments args;

  Alongside(Context ctx, Arguments args) {
    this.ctx = ctx;
    this.args = args;
  }

  /** Where "إلى جانب" follows a verb of appearing: there it means a meeting, not the cooperation its cue says. */
  private final java.util.Set<Integer> meetings = new java.util.HashSet<>();

  /** The tokens where a meeting was read into "إلى جانب"; valid after {@link #find}. */
  java.util.Set<Integer> meetingTokens() {
    return meetings;
  }

  /** Each mention with its trigger (the verb) first and the end of "alongside" last. */
  List<RelationMention> find() {
    List<RelationMention> out = new ArrayList<>();
    var a = ctx.analysis();
    for (int k = 0; k + 1 < a.size(); k++) {
      int after = alongsideEnd(k);
      if (after < 0) {
        continue;
      }
      int verb = -1;
      RelationType type = null;
      for (int v = k - 1; v >= Math.max(ctx.clauseStart(k), k - VERB_REACH) && verb < 0; v--) {
        String w = a.folded(v);
        if (w.length() > 3 && w.charAt(0) == '\u0648' && !APPEAR.contains(w) && !FIGHT.contains(w)) {
          w = w.substring(1); // "وتقاتل", "وظهر"
        }
        if (APPEAR.contains(w)) {
          verb = v;
          type = RelationType.MEETING;
        } else if (FIGHT.contains(w)) {
          verb = v;
          type = RelationType.COOPERATION;
        }
      }
      if (verb < 0) {
        continue;
      }
      RelationMention m = participants(type, verb, k, after);
      if (m != null) {
        out.add(m);
        if (type == RelationType.MEETING) {
          meetings.add(k);
        }
      }
    }
    return out;
  }

  /** The token after "إلى جانب" / "alongside" / "aux côtés de" starting at k, or -1. */
  private int alongsideEnd(int k) {
    var a = ctx.analysis();
    String w = a.folded(k);
    String next = a.folded(k + 1);
    if (TO.contains(w) && SIDE.contains(next)) {
      return k + 2;
    }
    if (w.equals("alongside")) {
      return k + 1;
    }
    if (w.equals("aux") && next.equals("cotes") && k + 2 < a.size() && a.folded(k + 2).startsWith("d")) {
      return k + 3;
    }
    return -1;
  }

  private RelationMention participants(RelationType type, int verb, int alongside, int after) {
    Integer with = args.firstAfter(after, 3, Arguments.ACTOR);
    if (with == null) {
      return null;
    }
    RelationMention m = new RelationMention(type, verb);
    m.add(Role.PARTICIPANTS, args.entity(with));
    new EventRoles(ctx, args).coordinatedWith(with, Arguments.ACTOR)
        .forEach(c -> m.add(Role.PARTICIPANTS, args.entity(c)));
    int end = args.candidate(with).end();
    for (Integer c : args.between(end, args.clauseEnd(end) + 1, Arguments.ACTOR)) {
      // "ظهر إلى جانب أغ غالي كل من أمادو كوفا ويحيى أبو الهمام": who appeared follows "كل من"
      int first = args.candidate(c).first();
      if (first >= 2 && FROM.contains(ctx.analysis().folded(first - 1)) && EACH.contains(ctx.analysis().folded(first - 2))) {
        m.add(Role.PARTICIPANTS, args.entity(c));
        new EventRoles(ctx, args).coordinatedWith(c, Arguments.ACTOR)
            .forEach(d -> m.add(Role.PARTICIPANTS, args.entity(d)));
        break;
      }
    }
    Integer subject = args.nearestEndingBefore(verb + 1, 3, Arguments.ACTOR);
    if (subject == null) {
      subject = args.firstAfter(verb + 1, 2, Arguments.ACTOR); // verb-subject order: "وتقاتل القوات التشادية"
    }
    if (subject != null && args.candidate(subject).first() < alongside) {
      m.add(Role.PARTICIPANTS, args.entity(subject));
    }
    return m.get(Role.PARTICIPANTS).size() >= 2 ? m : null;
  }
}
