package org.marsad.extract.relate;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.marsad.extract.find.Candidate;

/**
 * Clues to who did and who suffered an event that lie in the syntax around its trigger rather than in word
 * order alone: an agent phrase after it ("في غارة شنها الجيش", "tué par l'armée"), the antecedent of a relative
 * clause ("المسلحين الذين هاجموا"), coordination ("الجيش المالي وقوة برخان"), and the clause limits that keep a
 * verb's subject from taking the object of the next verb. Everything here runs at one trigger, over a few tokens.
 */
final class EventRoles {
  /** Words that introduce who carried an event out; the candidate after one is the agent, never the target. */
  static final Set<String> AGENT_PREPOSITIONS = RelationFinder.folded("يد", "بيد", "قبل", "طرف", "by", "par",
      "شنها", "شنته", "شنتها", "نفذها", "نفذه", "نفذتها", "نفذته", "تبنته", "تبنتها", "شنوها", "نفذوها");

  /** Nouns of dying: what follows them is who died, never a verb's subject ("مقتل X وY", "la mort de X"). */
  private static final Set<String> DEATH_NOUNS = RelationFinder.folded("مقتل", "بمقتل", "مصرع", "وفاة", "موت",
      "قتلي", "death", "mort", "mort de", "deces");

  /** Subordinators that open a new clause with a verb of its own ("قتل 30 مدنيا عندما اقتحم مسلحون ..."). */
  private static final Set<String> SUBORDINATORS = RelationFinder.folded("عندما", "حين", "حينما", "لما", "بعدما",
      "اثر", "بينما", "فيما", "when", "after", "as", "while", "lorsque", "quand", "alors", "apres");

  private static final Set<String> RELATIVES = RelationFinder.folded("الذي", "التي", "الذين", "اللذين", "اللتين",
      "اللواتي", "who", "which", "qui");

  /**
   * Verbs that only carry an event noun ("نصبوا كمينا", "شنوا هجوما", "carried out an attack"): between a relative
   * pronoun and the noun they leave the pronoun's antecedent the actor.
   */
  private static final Set<String> SUPPORT_VERBS = RelationFinder.folded("نصب", "نصبوا", "نصبت", "نفذ", "نفذوا",
      "نفذت", "شن", "شنوا", "شنت", "ارتكب", "ارتكبوا", "ارتكبت", "staged", "launched", "mounted", "perpetrated",
      "mené", "menée", "perpétré", "lancé");

  private static final Set<String> TIME_PREPOSITIONS = RelationFinder.folded("بعد", "قبل", "منذ", "عقب", "اثر",
      "خلال", "after", "before", "since", "following", "during", "apres", "avant", "depuis", "lors");

  /**
   * Whether the event noun only dates something else: "عثر على جثته بعد يومين من الكمين", "after the attack". The
   * actor named before it is the subject of that other clause, not of the event.
   */
  boolean timeReference(int trigger) {
    for (int k = trigger - 1; k >= Math.max(0, trigger - 4); k--) {
      String w = ctx.analysis().folded(k);
      if (TIME_PREPOSITIONS.contains(w)) {
        return k == trigger - 1 || ctx.analysis().folded(trigger - 1).equals("من")
            || ctx.analysis().folded(trigger - 1).equals("of") || isArticle(trigger - 1);
      }
    }
    return false;
  }

  private boolean isArticle(int k) {
    String w = ctx.analysis().folded(k);
    return w.equals("the") || w.equals("l") || w.equals("la") || w.equals("le") || w.equals("les");
  }

  /** Named states' forces and armed groups: actors whose joint action is cooperation between them. */
  static final Predicate<Candidate> NAMED_FORCE = c -> c.kind() != Candidate.Kind.UNNAMED
      && (c.type() == org.marsad.extract.EntityType.STATE_ACTOR || c.type() == org.marsad.extract.EntityType.ARMED_GROUP);

  private final Context ctx;
  private final Arguments args;

  EventRoles(Context ctx, Arguments args) {
    this.ctx = ctx;
    this.args = args;
  }

  static boolean isDeathNoun(String trigger) {
    return DEATH_NOUNS.contains(trigger);
  }

  /**
   * The agent named by an agent phrase after the trigger, in its sentence ("قتل X في عملية نفذها الجيش المالي",
   * "Droukdel tué par l'armée française"), or null. Such a phrase outranks any actor named before the trigger.
   */
  Integer agentPhrase(int triggerEnd, int window, Predicate<Candidate> agentType) {
    int limit = Math.min(args.sentenceEnd(triggerEnd), triggerEnd + window);
    for (Integer c : args.between(triggerEnd, limit, agentType.or(ctx::isCountry))) {
      if (nextOwnTrigger(triggerEnd, args.candidate(c).first()) >= 0) {
        return null; // "... neutralisés par l'armée": the phrase belongs to a later verb
      }
      if (AGENT_PREPOSITIONS.contains(args.prepositionOf(c))) {
        return c;
      }
    }
    return null;
  }

  /**
   * The first event trigger in {@code [from, to)} that starts an event of its own, or -1. A trigger after a
   * preposition of circumstance ("قتل في غارة شنها الجيش", "killed in a raid by") tells how the first event came
   * about, and its agent phrase is the first event's too.
   */
  private int nextOwnTrigger(int from, int to) {
    for (int k = from; k < to; k++) {
      Context.CueHit h = ctx.cueAt(k);
      if (h == null || !h.has("EVENT")) {
        continue;
      }
      boolean prefixed = h.offsetInFirst() > 0
          && ctx.analysis().folded(k).substring(0, h.offsetInFirst()).indexOf('\u0628') >= 0;
      String before = k > 0 ? ctx.analysis().folded(k - 1) : "";
      if (!prefixed && !CIRCUMSTANCE.contains(before)) {
        return k;
      }
    }
    return -1;
  }

  private static final Set<String> CIRCUMSTANCE = RelationFinder.folded("في", "خلال", "اثناء", "جراء", "in",
      "during", "a", "an", "dans", "lors", "pendant", "une", "un");

  /**
   * The antecedent of a relative pronoun right before the trigger ("المسلحين الذين هاجموا", "the gunmen who
   * stormed"): the actor ending just before the pronoun, named or not, or null.
   */
  Integer relativeAntecedent(int trigger, Predicate<Candidate> type) {
    int pronoun = trigger - 1;
    if (pronoun >= 1 && SUPPORT_VERBS.contains(ctx.analysis().folded(pronoun))) {
      pronoun--; // "المسلحين الذين نصبوا كمينا", "the men who carried out the attack"
    }
    if (pronoun < 1 || !RELATIVES.contains(ctx.analysis().folded(pronoun))) {
      return null;
    }
    Integer c = args.nearestEndingBefore(pronoun, 1, type);
    return c != null && ctx.sentence(args.candidate(c).first()) == ctx.sentence(trigger) ? c : null;
  }

  /**
   * Whether a subordinate clause or another event's trigger separates two tokens: then the second actor belongs
   * to that clause and is not the object of the first verb.
   */
  boolean separated(int from, int to) {
    for (int k = Math.max(0, from); k < to; k++) {
      if (SUBORDINATORS.contains(ctx.analysis().folded(k))) {
        return true;
      }
      Context.CueHit h = ctx.cueAt(k);
      if (h != null && h.has("EVENT")) {
        return true;
      }
    }
    return false;
  }

  /**
   * The actors coordinated with a chosen one ("الجيش المالي وقوة برخان", "Chad and Niger"): each next candidate
   * of the right type that follows within two tokens and is joined by "و / and / et" or a comma.
   */
  List<Integer> coordinatedWith(int candidate, Predicate<Candidate> type) {
    List<Integer> out = new ArrayList<>();
    int end = args.candidate(candidate).end();
    boolean going = true;
    while (going) {
      going = false;
      for (Integer next : args.between(end, Math.min(args.sentenceEnd(end), end + 3), type)) {
        if (args.candidate(next).first() >= end && (isJoined(next) || joinedGap(end, args.candidate(next).first()))) {
          out.add(next);
          end = args.candidate(next).end();
          going = true;
          break;
        }
      }
    }
    return out;
  }

  /** "أربعة جنود أمريكيين وأربعة جنود نيجريين": a conjunction glued to a word between two actors joins them. */
  private boolean joinedGap(int from, int to) {
    for (int k = from; k < to; k++) {
      String w = ctx.analysis().folded(k);
      if (w.equals("و") || w.equals("and") || w.equals("et")
          || k == from && w.length() > 2 && w.charAt(0) == '\u0648' && COUNTS.contains(w.substring(1))) {
        return true;
      }
    }
    return false;
  }

  private static final Set<String> COUNTS = RelationFinder.folded("اثنين", "اثنان", "ثلاثة", "أربعة", "خمسة", "ستة",
      "سبعة", "ثمانية", "تسعة", "عشرة", "عشرات", "مئات", "عدد", "عشرين", "ثلاثين", "أحد");

  /** Actors sharing a role: "X و Y", "and", "et", "بينهم" (among them), "including", "dont". */
  private static final Set<String> SHARING = Set.of("و", "and", "et", "بينهم", "وبينهم", "including", "dont");

  private boolean isJoined(int candidate) {
    return args.joinedBy(candidate, SHARING);
  }

  private static final int APPOSITION_LENGTH = 14;
  /** Words that open an apposition giving a name: "المدعو X", "المكنى X", "alias X", "dit X". */
  private static final Set<String> NAMING_MARKERS = RelationFinder.folded("المدعو", "المكنى", "المكني", "الملقب",
      "المعروف", "alias", "dit", "surnommé", "aka", "known");
  private static final Set<String> BETWEEN_SUBJECT_AND_VERB = RelationFinder.folded("قد", "لقد", "has", "have", "had",
      "also", "was", "were", "is", "are", "been", "a", "avait", "ont", "ete", "aussi", "\"");

  /**
   * The actor before an apposition that ends right before the trigger: "X، زعيم Y، قتل", "MUJAO, an AQIM offshoot,
   * has established itself in Gao". The apposition describes X, and its own names (Y, AQIM) are not the verb's
   * subject. Null when the trigger does not follow a comma-closed apposition.
   */
  Integer beforeApposition(int trigger, Predicate<Candidate> type) {
    int close = trigger - 1;
    while (close >= 0 && close > trigger - 4 && BETWEEN_SUBJECT_AND_VERB.contains(ctx.analysis().folded(close))) {
      close--; // "، has also established", "، قد قتل": auxiliaries and adverbs stand between
    }
    if (close < 1 || !ctx.analysis().folded(close).equals(",")) {
      return null;
    }
    int sentenceStart = args.sentenceStart(trigger);
    for (int open = close - 1; open > Math.max(sentenceStart, close - APPOSITION_LENGTH); open--) {
      String w = ctx.analysis().folded(open);
      if (w.equals(",")) {
        String opening = ctx.analysis().folded(open + 1);
        if (opening.equals("and") || opening.equals("et") || opening.equals("but") || opening.equals("mais")
            || opening.length() > 2 && opening.charAt(0) == '\u0648') {
          return null; // "، وقال مصدر،": a coordinated clause, not a description
        }
        if (NAMING_MARKERS.contains(opening)) {
          // "القيادي في التنظيم، المدعو أبو البراء، تسلل": the apposition names the one who acts
          Integer named = args.firstAfter(open + 2, close - open - 2, type);
          return named != null && args.candidate(named).type() == org.marsad.extract.EntityType.PERSON ? named : null;
        }
        Integer c = args.nearestEndingBefore(open, 0, type);
        return c != null && args.candidate(c).end() == open ? c : null;
      }
    }
    return null;
  }
}
