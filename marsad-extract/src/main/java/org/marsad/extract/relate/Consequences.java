package org.marsad.extract.relate;

import java.util.List;
import java.util.Set;
import org.marsad.extract.RelationType;
import org.marsad.extract.Role;

/**
 * "فتحا النار على سياح في المتحف، ما أسفر عن مقتل 21 سائحا", "وأسفرت المواجهات عن مقتل سبعة مدنيين": deaths told
 * as the result of an attack took place where it did, at the hands of whoever carried it out. The result verb
 * ties them; nothing else in the clause says where or by whom.
 */
final class Consequences {
  /**
   * Result verbs, folded, without their conjunction: أسفر/أسفرت (عن)، أدى/أدت (إلى)، خلف/خلفت، أوقع/أوقعت;
   * "resulting in", "faisant", "causant".
   */
  private static final Set<String> RESULT_VERBS = Set.of("اسفر", "اسفرت", "ادي", "ادت", "خلف", "خلفت", "اوقع",
      "اوقعت", "resulting", "killing", "faisant", "causant");
  /** How far before the death noun the result verb may stand: "وأسفرت المواجهات، حسب البيان ذاته، عن مقتل". */
  private static final int VERB_REACH = 8;

  private Consequences() {
  }

  static void inherit(Context ctx, List<RelationMention> mentions) {
    for (RelationMention killed : mentions) {
      if (killed.type != RelationType.KILLED) {
        continue;
      }
      int verb = resultVerbBefore(ctx, killed.trigger);
      if (verb < 0 && inIt(ctx, killed.trigger)) {
        verb = killed.trigger; // "كمين تونغو تونغو، الذي قُتل فيه أربعة جنود": died in the attack just named
      }
      if (verb < 0) {
        continue;
      }
      RelationMention cause = causeBefore(ctx, mentions, verb);
      if (cause == null) {
        continue;
      }
      placeAndAuthors(killed, cause);
    }
  }

  /** Deaths with no place or author of their own take the attack's, its victims never among its authors. */
  static void placeAndAuthors(RelationMention killed, RelationMention attack) {
    if (killed.get(Role.LOCATION).isEmpty()) {
      attack.get(Role.LOCATION).forEach(id -> killed.add(Role.LOCATION, id));
    }
    if (killed.get(Role.AGENT).isEmpty()) {
      attack.get(Role.AGENT).stream().filter(id -> !killed.get(Role.TARGET).contains(id))
          .forEach(id -> killed.add(Role.AGENT, id));
    }
  }

  /** "in it", "during it" right after a death verb in a relative clause: "الذي قُتل فيه", "التي قتل خلالها". */
  private static final Set<String> IN_IT = Set.of("فيه", "فيها", "خلاله", "خلالها", "اثناءه", "اثناءها");
  private static final Set<String> RELATIVES = Set.of("الذي", "التي", "والذي", "والتي");

  private static boolean inIt(Context ctx, int trigger) {
    String after = trigger + 1 < ctx.analysis().size() ? ctx.analysis().folded(trigger + 1) : "";
    String before = trigger > 0 ? ctx.analysis().folded(trigger - 1) : "";
    return IN_IT.contains(after) && RELATIVES.contains(before);
  }

  private static int resultVerbBefore(Context ctx, int trigger) {
    for (int k = trigger - 1; k >= Math.max(0, trigger - VERB_REACH); k--) {
      if (ctx.sentence(k) != ctx.sentence(trigger)) {
        return -1;
      }
      String w = ctx.analysis().folded(k);
      if (RESULT_VERBS.contains(w) || w.length() > 3 && (w.charAt(0) == '\u0648' || w.charAt(0) == '\u0641')
          && RESULT_VERBS.contains(w.substring(1))) {
        return k;
      }
    }
    return -1;
  }

  /**
   * The attack the result verb follows: the nearest one before it in its sentence, or, when the verb opens its
   * sentence with a subject of its own ("وأسفرت المواجهات"), the last one of the sentence before.
   */
  private static RelationMention causeBefore(Context ctx, List<RelationMention> mentions, int verb) {
    int sentence = ctx.sentence(verb);
    boolean opens = ctx.sentenceAt(verb).firstToken() == verb;
    RelationMention best = null;
    for (RelationMention m : mentions) {
      if (m.type != RelationType.ATTACK || m.trigger >= verb) {
        continue;
      }
      int s = ctx.sentence(m.trigger);
      if ((s == sentence || opens && s == sentence - 1) && (best == null || m.trigger > best.trigger)) {
        best = m;
      }
    }
    return best;
  }
}
