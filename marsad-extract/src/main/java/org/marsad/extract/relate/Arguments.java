package org.marsad.extract.relate;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.marsad.extract.EntityType;
import org.marsad.extract.find.Analysis;
import org.marsad.extract.find.Candidate;

/**
 * Picks relation arguments among the entity mentions around a trigger, by position, type and the
 * preposition that introduces them (a separate word, or a proclitic such as ل in "لداعش").
 */
final class Arguments {
  private final Context ctx;

  private final boolean[] nested;

  Arguments(Context ctx) {
    this.ctx = ctx;
    this.nested = nestedInStateActors(ctx.candidates());
  }

  static Predicate<Candidate> types(EntityType... types) {
    return c -> {
      for (EntityType t : types) {
        if (c.type() == t) {
          return true;
        }
      }
      return false;
    };
  }

  private static final java.util.Set<String> AUXILIARIES = java.util.Set.of("يكون", "تكون", "يكونوا", "قد", "لقد",
      "كان", "كانت", "كانوا", "كانا", "لم", "لن", "have", "has", "been", "was", "ait", "a", "ete");

  /**
   * "ينفي كوفا أن يكون قد قُتل": with no subject of its own, the clause after the complementizer is about
   * the matrix subject, so the search may go on past it.
   */
  boolean onlyAuxiliariesBetween(int from, int to) {
    for (int k = from; k < to; k++) {
      if (!AUXILIARIES.contains(ctx.analysis().folded(k))) {
        return false;
      }
    }
    return true;
  }

  private static final java.util.Set<String> PLACE_NOUNS = java.util.Set.of("مدينه", "بلده", "قريه", "منطقه",
      "ولايه", "محافظه", "اقليم", "مخيم", "جبال", "جبل", "مرتفعات", "غابات", "غابه", "صحراء", "city", "town",
      "village", "region", "ville", "localite", "province", "commune", "cercle", "district", "state");

  private static final java.util.Set<String> COMPASS = java.util.Set.of("nord", "sud", "est", "ouest", "centre",
      "north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest");
  private static final java.util.Set<String> ARTICLES = java.util.Set.of("le", "la", "l", "'", "les", "the");

  /** Bare complementizers; "أنها" / "أنه" keep the matrix subject and do not block. */
  private static final java.util.Set<String> COMPLEMENTIZERS = java.util.Set.of("ان", "that", "que", "qu");

  static final Predicate<Candidate> ACTOR = c -> c.type() != EntityType.LOCATION;
  static final Predicate<Candidate> GROUP = types(EntityType.ARMED_GROUP, EntityType.ORGANIZATION);
  static final Predicate<Candidate> PERSON = types(EntityType.PERSON);
  static final Predicate<Candidate> PLACE = types(EntityType.LOCATION);

  /** Candidate indices starting in tokens {@code [from, to)} of the trigger's sentence, in text order. */
  List<Integer> between(int from, int to, Predicate<Candidate> p) {
    List<Integer> out = new ArrayList<>();
    int last = Math.min(to, ctx.analysis().size());
    for (int k = Math.max(0, from); k < last; k++) {
      for (int i : ctx.candidatesStartingAt(k)) {
        if (p.test(ctx.candidates().get(i)) && !nested[i]) {
          out.add(i);
        }
      }
    }
    return out;
  }

  /** A place inside a state actor ("أجهزة الأمن في الجزائر") is not an argument on its own. */
  private static boolean[] nestedInStateActors(List<Candidate> cs) {
    boolean[] nested = new boolean[cs.size()];
    for (int i = 0; i < cs.size(); i++) {
      Candidate c = cs.get(i);
      for (int j = Math.max(0, i - 4); j < Math.min(cs.size(), i + 4); j++) {
        Candidate o = cs.get(j);
        if (j != i && o.kind() == Candidate.Kind.STATE && o.first() <= c.first() && c.end() <= o.end()
            && (o.end() - o.first()) > (c.end() - c.first())) {
          nested[i] = true;
        }
      }
    }
    return nested;
  }

  int sentenceStart(int token) {
    return ctx.sentenceAt(token).firstToken();
  }

  int sentenceEnd(int token) {
    return ctx.sentenceAt(token).endToken();
  }

  int clauseEnd(int token) {
    return ctx.clauseEnd(token);
  }

  int clauseStart(int token) {
    return ctx.clauseStart(token);
  }

  /** The nearest matching candidate ending at or before {@code token}, within {@code window} tokens. */
  Integer nearestBefore(int token, int window, Predicate<Candidate> p) {
    int from = Math.max(sentenceStart(token), token - window);
    for (int k = token - 1; k >= from; k--) {
      if (COMPLEMENTIZERS.contains(ctx.analysis().folded(k)) && !onlyAuxiliariesBetween(k + 1, token)) {
        from = k + 1; // "كشف سلال أن الكوماندوس الذي اقتحم": the speaker is not the attacker
        break;
      }
      if (ctx.analysis().folded(k).equals(":")) {
        from = k + 1; // "سلال: منفذو الهجوم قدموا من مالي": a headline's speaker, not an actor of what he says
        break;
      }
    }
    List<Integer> in = between(from, token, p);
    for (int k = in.size() - 1; k >= 0; k--) {
      if (ctx.candidates().get(in.get(k)).end() <= token) {
        return describedBy(in.get(k), p);
      }
    }
    return null;
  }

  /** Adjectives that tie a group to the one named right before them. */
  private static final java.util.Set<String> LINK_ADJECTIVES = RelationFinder.folded("المرتبطة", "المرتبط",
      "المرتبطين", "التابعة", "التابع", "التابعين", "الموالية", "الموالي", "الموالين", "المقربة", "المقرب",
      "القريبة", "القريب", "المنشقة", "المنشق", "المتحالفة", "المتحالف", "المبايعة", "المبايع", "الحليفة",
      "الحليف", "linked", "affiliated", "allied", "loyal", "aligned", "liée", "lié", "liés", "affiliée",
      "affilié", "proche", "alliée", "allié");
  private static final java.util.Set<String> LINK_PREPOSITIONS = RelationFinder.folded("ب", "ل", "من", "عن",
      "مع", "الى", "to", "with", "a", "au", "aux", "de", "du", "des", "al");

  /** Whether a group is named only to say whom the group before it is tied to ("X التابعة لتنظيم Y"). */
  boolean onlyDescribes(int c) {
    return describedBy(c, GROUP) != c;
  }

  /**
   * "جماعة X المرتبطة بتنظيم Y أعلنت": Y only says whom X is tied to, so where Y stands nearest to a verb, X is
   * the one meant. Gives the described candidate when it passes {@code p}, else {@code c}.
   */
  private Integer describedBy(int c, Predicate<Candidate> p) {
    Analysis a = ctx.analysis();
    int k = ctx.candidates().get(c).first() - 1;
    if (ctx.candidates().get(c).offsetInFirst() == 0) {
      while (k >= 0 && (LINK_PREPOSITIONS.contains(a.folded(k)) || a.folded(k).equals("\""))) {
        k--; // "liée à l'EI", "الموالي لـ «داعش»": a preposition and quotes stand apart
      }
      while (k >= 0 && ARTICLES.contains(a.folded(k))) {
        k--;
      }
    }
    if (k < 1 || !LINK_ADJECTIVES.contains(a.folded(k))) {
      Integer head = apposedTo(c, p);
      return head == null ? c : head;
    }
    int end = a.folded(k - 1).equals("\"") ? k - 1 : k;
    for (int first = Math.max(0, end - 12); first < end; first++) {
      for (int i : ctx.candidatesStartingAt(first)) {
        Candidate head = ctx.candidates().get(i);
        if (head.end() == end && i != c && GROUP.test(head) && p.test(head) && !nested[i]) {
          return i;
        }
      }
    }
    return c;
  }

  private static final int APPOSITION_REACH = 6;

  /**
   * "MUJAO, an AQIM offshoot, has established itself in Gao", "X، أحد فروع تنظيم Y، أعلن": a candidate inside a
   * short apposition between commas describes the candidate of its type right before the first comma, and that
   * one is meant. Gives the head, or null when {@code c} stands in no such apposition.
   */
  private Integer apposedTo(int c, Predicate<Candidate> p) {
    Analysis a = ctx.analysis();
    Candidate inner = ctx.candidates().get(c);
    int open = -1;
    for (int k = inner.first() - 1; k >= Math.max(0, inner.first() - APPOSITION_REACH); k--) {
      if (isComma(a.folded(k))) {
        open = k;
        break;
      }
      if (ctx.candidatesStartingAt(k).length > 0) {
        return null;
      }
    }
    boolean closed = false;
    for (int k = inner.end(); k < Math.min(a.size(), inner.end() + APPOSITION_REACH) && !closed; k++) {
      if (ctx.candidatesStartingAt(k).length > 0) {
        return null;
      }
      closed = isComma(a.folded(k));
    }
    if (open < 1 || !closed || RELATIVES.contains(a.folded(open + 1))) {
      return null; // "X, who fought Y, ...": a clause of its own, not a description
    }
    int end = a.folded(open - 1).equals(")") ? open - 1 : open;
    for (int first = Math.max(0, end - 12); first < end; first++) {
      for (int i : ctx.candidatesStartingAt(first)) {
        Candidate head = ctx.candidates().get(i);
        if (head.end() == end && i != c && head.type() == inner.type() && p.test(head) && !nested[i]) {
          return i;
        }
      }
    }
    return null;
  }

  private static final java.util.Set<String> RELATIVES = RelationFinder.folded("who", "which", "that", "qui", "que",
      "qu", "dont", "الذي", "التي", "الذين", "والذي", "والتي");

  private static boolean isComma(String w) {
    return w.equals(",") || w.equals("،");
  }

  /**
   * The nearest matching candidate that ends within {@code window} tokens before {@code token}, however far back it
   * starts: a long name ("عدنان أبو الوليد الصحراوي، زعيم ...") is as near as a short one.
   */
  Integer nearestEndingBefore(int token, int window, Predicate<Candidate> p) {
    Integer best = null;
    for (int i : between(sentenceStart(token), token, p)) {
      Candidate c = ctx.candidates().get(i);
      if (c.end() <= token && c.end() >= token - window
          && (best == null || c.end() > ctx.candidates().get(best).end())) {
        best = i;
      }
    }
    return best;
  }

  /** The first matching candidate starting in {@code [token, token + window)}, in the same sentence. */
  Integer firstAfter(int token, int window, Predicate<Candidate> p) {
    int end = token;
    for (int counted = 0; counted < window && end < ctx.analysis().size(); end++) {
      if (!ctx.isTime(end)) {
        counted++; // "أسرت في التاسع عشر من مايو الماضي محمد المرابط": a date does not push the object away
      }
    }
    List<Integer> in = between(token, Math.min(sentenceEnd(token), end), p);
    return in.isEmpty() ? null : in.get(0);
  }

  /** The folded preposition before a candidate: its proclitic (ب، ل) or the word before it. */
  String prepositionOf(int candidate) {
    Candidate c = ctx.candidates().get(candidate);
    Analysis a = ctx.analysis();
    if (c.offsetInFirst() > 0) {
      String p = a.folded(c.first()).substring(0, c.offsetInFirst());
      if (p.length() > 1 && (p.charAt(0) == '\u0648' || p.charAt(0) == '\u0641')) {
        p = p.substring(1);
      }
      if (!p.isEmpty()) {
        return p;
      }
    }
    int k = c.first() - 1;
    while (k >= 0 && (a.folded(k).equals("\"") || PLACE_NOUNS.contains(a.folded(k)))) {
      k--; // "في مدينة غاو": the preposition is the one before the place noun
    }
    if (k > 0 && (a.folded(k).equals("de") || a.folded(k).equals("of") || a.folded(k).equals("d"))
        && PLACE_NOUNS.contains(a.folded(k - 1))) {
      k -= 2; // "dans la région de Tombouctou", "in the town of Gao": so is a Latin place noun with "of"
      while (k >= 0 && ARTICLES.contains(a.folded(k))) {
        k--;
      }
    }
    // "dans le nord-est du Mali", "in the north of Mali": the compass phrase is transparent too
    if (k > 0 && (a.folded(k).equals("du") || a.folded(k).equals("de") || a.folded(k).equals("of"))
        && COMPASS.contains(a.folded(k - 1))) {
      k--;
      while (k >= 0 && (COMPASS.contains(a.folded(k)) || a.folded(k).equals("-") || ARTICLES.contains(a.folded(k)))) {
        k--;
      }
    }
    if (k < 0) {
      return "";
    }
    String w = a.folded(k);
    if (w.length() > 2 && (w.charAt(0) == '\u0648' || w.charAt(0) == '\u0641')) {
      w = w.substring(1);
    }
    if (k > 0 && (w.equals("من") || w.equals("de")) && a.folded(k - 1).equals("قادما")) {
      return "من";
    }
    return w;
  }

  String entity(Integer candidate) {
    return candidate == null ? null : ctx.entityId(candidate);
  }

  /**
   * Whether a candidate is joined to what comes before it: it carries the conjunction و itself ("وبلمختار"), or
   * one of {@code connectors} stands right before it, quotes aside.
   */
  boolean joinedBy(int candidate, java.util.Set<String> connectors) {
    Candidate c = candidate(candidate);
    String first = ctx.analysis().folded(c.first());
    if (c.offsetInFirst() > 0 && first.charAt(0) == '\u0648') {
      return true;
    }
    int k = c.first() - 1;
    while (k >= 0 && ctx.analysis().folded(k).equals("\"")) {
      k--;
    }
    return k >= 0 && connectors.contains(ctx.analysis().folded(k));
  }

  Candidate candidate(int i) {
    return ctx.candidates().get(i);
  }
}
