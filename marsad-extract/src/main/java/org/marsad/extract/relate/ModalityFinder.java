package org.marsad.extract.relate;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.marsad.extract.EntityType;
import org.marsad.extract.Mention;
import org.marsad.extract.Modality;
import org.marsad.extract.RelationType;
import org.marsad.extract.find.Analysis;
import org.marsad.extract.find.Candidate;
import org.marsad.text.TokenType;

/**
 * Decides how sure the report is about one relation mention, and who says so.
 *
 * <ul>
 *   <li>A hedge, prospect, rumour or denial cue in the trigger's clause, nearest before the trigger, sets the
 *       modality; a prospect cue right after a verbal-noun trigger ("التحاق X بداعش سيمهد") does too.
 *   <li>A denial verb earlier in the sentence scopes over what it denies; a negation particle right before the
 *       trigger denies it.
 *   <li>"قال مصدر أمني إن ..." attributes the rest of the sentence; "حسب مصادرنا" attributes its clause.
 *   <li>An event (not a standing relation) told without its own source, in a paragraph that has just quoted
 *       one, is that source's account: REPORTED. Events come from somewhere; background relations are the
 *       reporter's own.
 * </ul>
 */
final class ModalityFinder {
  private static final int BEFORE_WINDOW = 14;
  private static final int AFTER_WINDOW = 6;
  private static final int CARRY_SENTENCES = 3;
  private static final int MAX_SOURCE_TOKENS = 6;

  private final Context ctx;
  private final List<Attribution> attributions = new ArrayList<>();

  /** A source phrase and the tokens it covers. */
  private record Attribution(Mention source, int scopeFrom, int scopeTo, int sentence, int paragraph) {
  }

  ModalityFinder(Context ctx) {
    this.ctx = ctx;
    findAttributions();
  }

  private void findAttributions() {
    Analysis a = ctx.analysis();
    for (Context.CueHit hit : ctx.cues()) {
      boolean verb = hit.has("ATTR_VERB");
      boolean prep = hit.has("ATTR_PREP");
      if (!verb && !prep) {
        continue;
      }
      int sentenceEnd = ctx.sentenceAt(hit.first()).endToken();
      if (ctx.lang().equals("en") && verb && hit.first() > 0) {
        // "the army said", "a security source told Reuters": the source stands before the verb.
        int from = hit.first();
        while (from > 0 && hit.first() - from < 8 && ctx.sentence(from - 1) == ctx.sentence(hit.first())
            && (a.token(from - 1).type() != TokenType.PUNCT || a.folded(from - 1).equals("'"))) {
          from--; // "Islamic State's West Africa Province said": a possessive stays inside the source
        }
        if (from < hit.first()) {
          int sFirst = ctx.sentenceAt(hit.first()).firstToken();
          attributions.add(new Attribution(ctx.mention(from, hit.first(), 0), sFirst, sentenceEnd,
              ctx.sentence(hit.first()), ctx.paragraph(hit.first())));
        }
        continue;
      }
      Optional<Mention> before = verb ? subjectBefore(hit.first()) : Optional.empty();
      if (before.isPresent()) {
        // "وكانت جند الخلافة قد أعلنت قبل نحو أسبوعين انشقاقها": the subject came first, and what follows the
        // verb (here a date) is no source
        attributions.add(new Attribution(before.get(), hit.first(), sentenceEnd, ctx.sentence(hit.first()),
            ctx.paragraph(hit.first())));
        continue;
      }
      int from = hit.end();
      while (from < sentenceEnd && LEAD_WORDS.contains(a.folded(from))) {
        from++; // "a annoncé vendredi la ministre ...": the source is the noun phrase, not the day or article
      }
      int to = from;
      while (to < sentenceEnd && to - from < MAX_SOURCE_TOKENS && !endsSource(a.folded(to))
          && !(to > from && isEventCue(to))) {
        to++;
      }
      if (to == from || Pronouns.startsWithPronoun(a.folded(from))) {
        continue; // "يرى أي منهما": no source, just a pronoun
      }
      int scopeFrom = verb ? hit.first() : ctx.clauseStart(hit.first());
      int scopeTo = verb ? sentenceEnd : ctx.clauseEnd(hit.first());
      if (closesSentence(hit.first(), to, sentenceEnd)) {
        // "..., a annoncé le ministère de la Défense.", "...، حسب مصدر أمني.": a source named last, after a
        // comma, vouches for the whole sentence before it
        scopeFrom = ctx.sentenceAt(hit.first()).firstToken();
        scopeTo = sentenceEnd;
      }
      attributions.add(new Attribution(ctx.mention(from, to, 0), scopeFrom, scopeTo,
          ctx.sentence(hit.first()), ctx.paragraph(hit.first())));
    }
  }

  /** Whether a source cue at {@code cue}, after a comma, names a source that runs to the sentence's end. */
  private boolean closesSentence(int cue, int sourceEnd, int sentenceEnd) {
    Analysis a = ctx.analysis();
    if (cue < 1 || !a.folded(cue - 1).equals(",")) {
      return false;
    }
    int k = sourceEnd;
    while (k < sentenceEnd && a.token(k).type() == TokenType.PUNCT) {
      k++;
    }
    return k >= sentenceEnd;
  }

  private static final java.util.Set<String> FRENCH_AUXILIARIES = java.util.Set.of("a", "ont", "avait", "avaient",
      "aurait", "auraient", "va", "vont");
  private static final java.util.Set<String> BEFORE_VERB = java.util.Set.of("قد", "لقد", "\"");

  /** An Arabic actor that ends right before a speech verb, past "قد" and quotes: the speaker, subject first. */
  private Optional<Mention> subjectBefore(int verb) {
    Analysis a = ctx.analysis();
    boolean french = ctx.lang().equals("fr") && a.token(verb).type() == TokenType.LATIN;
    if (a.token(verb).type() != TokenType.ARABIC && !french) {
      return Optional.empty();
    }
    int k = verb;
    // "Les autorités maliennes ont annoncé": in French the subject comes first too, past its auxiliary
    while (k > 0 && (BEFORE_VERB.contains(a.folded(k - 1)) || french && FRENCH_AUXILIARIES.contains(a.folded(k - 1)))) {
      k--;
    }
    for (Candidate c : ctx.candidates()) {
      if (c.end() == k && c.type() != EntityType.LOCATION && ctx.sentence(c.first()) == ctx.sentence(verb)) {
        return Optional.of(ctx.mention(c.first(), c.end(), c.offsetInFirst()));
      }
    }
    return Optional.empty();
  }

  private static final java.util.Set<String> LEAD_WORDS = java.util.Set.of("la", "le", "les", "l", "'", "un",
      "une", "the", "a", "an", "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche", "monday",
      "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "hier", "yesterday", "امس", "اليوم");

  private boolean isEventCue(int token) {
    Context.CueHit h = ctx.cueAt(token);
    return h != null && h.has("EVENT");
  }

  private static boolean endsSource(String w) {
    return w.equals("ان") || w.equals("انه") || w.equals("انها") || w.equals(",") || w.equals(":")
        || w.equals("que") || w.equals("qu") || w.equals("that") || w.equals(".") || w.equals("\"")
        || w.equals("امس") || w.equals("اليوم");
  }

  Stance stance(RelationType type, int triggerFirst, int triggerEnd) {
    Optional<Mention> attribution = attributionFor(triggerFirst);
    Modality hedge = hedge(triggerFirst, triggerEnd);
    if (hedge != null) {
      return new Stance(hedge, attribution);
    }
    if (attribution.isPresent()) {
      return new Stance(Modality.REPORTED, attribution);
    }
    if (type.isEvent()) {
      Optional<Mention> carried = carriedAttribution(triggerFirst);
      if (carried.isPresent()) {
        return new Stance(Modality.REPORTED, carried);
      }
    }
    return new Stance(Modality.ASSERTED, Optional.empty());
  }

  private Optional<Mention> attributionFor(int token) {
    Attribution best = null;
    for (Attribution at : attributions) {
      if (at.scopeFrom() <= token && token < at.scopeTo() && (best == null || at.scopeFrom() > best.scopeFrom())) {
        best = at;
      }
    }
    return Optional.ofNullable(best).map(Attribution::source);
  }

  private Optional<Mention> carriedAttribution(int token) {
    int s = ctx.sentence(token);
    int p = ctx.paragraph(token);
    Attribution best = null;
    for (Attribution at : attributions) {
      if (at.paragraph() == p && at.sentence() < s && s - at.sentence() <= CARRY_SENTENCES
          && (best == null || at.sentence() > best.sentence())) {
        best = at;
      }
    }
    return Optional.ofNullable(best).map(Attribution::source);
  }

  /** Participles and verbs of affirming that open a clause of their own after a denial. */
  private static final java.util.Set<String> AFFIRMING = RelationFinder.folded("مؤكدا", "مؤكدة", "مؤكدين",
      "واكد", "واكدت", "مشددا", "مشددة", "affirmant", "assurant", "réaffirmant", "insisting", "stressing",
      "affirming", "reaffirming", "saying");

  /**
   * "نفت الكتيبة مبايعة داعش، مؤكدة تمسكها ببيعة الظواهري": what comes after a comma and an affirming word is
   * asserted, not denied.
   */
  private boolean affirmedSince(int from, int to) {
    Analysis a = ctx.analysis();
    for (int k = Math.max(1, from); k < to; k++) {
      if (AFFIRMING.contains(a.folded(k)) && a.folded(k - 1).equals(",")) {
        return true;
      }
    }
    return false;
  }

  private Modality hedge(int triggerFirst, int triggerEnd) {
    int clause = ctx.clause(triggerFirst);
    int sentence = ctx.sentence(triggerFirst);
    Context.CueHit nearest = null;
    Context.CueHit denial = null;
    Context.CueHit after = null;
    Context.CueHit opener = null;
    int from = ctx.sentenceAt(triggerFirst).firstToken();
    int to = Math.min(ctx.analysis().size(), triggerEnd + AFTER_WINDOW);
    for (int k = from; k < to; k++) {
      Context.CueHit h = ctx.cueAt(k);
      if (h == null) {
        continue;
      }
      if (isPerfectiveQad(h)) {
        continue; // "قد بايعت": قد before a past verb affirms, it does not hedge
      }
      if (h.has("MODALITY") && h.end() <= triggerEnd && ctx.sentence(h.first()) == sentence) {
        boolean deny = h.value("MODALITY").equals("DENIED");
        if (deny && h.first() < triggerFirst) {
          denial = h;
        }
        if (ctx.clause(h.first()) == clause && triggerFirst - h.first() <= BEFORE_WINDOW) {
          nearest = h;
        } else if (opener == null && h.first() - from <= 1 && isOpeningHearsay(h)) {
          opener = h; // "Selon des rumeurs ..., X, chef de ..., serait": an opening hedge governs the sentence
        }
      }
      if (h.has("MODALITY") && h.first() >= triggerEnd && h.first() - triggerEnd < AFTER_WINDOW
          && ctx.clause(h.first()) == clause && after == null
          && !h.value("MODALITY").equals("DENIED") && (governsBackwards(h) || hedgesTheVerbBefore(h, triggerEnd))) {
        after = h;
      }
      if (h.has("NEGATION") && h.end() <= triggerFirst && triggerFirst - h.end() <= 1
          && ctx.sentence(h.first()) == sentence) {
        return Modality.DENIED;
      }
    }
    if (denial != null) {
      // a denial governs what it denies, hedges inside it included; what the denier affirms next it reports
      return affirmedSince(denial.end(), triggerFirst) ? Modality.REPORTED : Modality.DENIED;
    }
    if (nearest != null) {
      return Modality.valueOf(nearest.value("MODALITY"));
    }
    if (opener != null) {
      return Modality.valueOf(opener.value("MODALITY"));
    }
    if (futureVerbAfter(triggerEnd, clause)) {
      return Modality.POSSIBLE;
    }
    if (after != null) {
      return Modality.valueOf(after.value("MODALITY"));
    }
    return null;
  }

  /**
   * A rumour or belief that opens its sentence in a clause of its own, with no event told in that clause:
   * "Selon des rumeurs relayées par ...,", "وفق أنباء غير مؤكدة،". "ويعتقد أن X خطفوا Y، فيما ..." tells an event
   * in its own clause and governs only that.
   */
  private boolean isOpeningHearsay(Context.CueHit h) {
    String value = h.value("MODALITY");
    if (!value.equals("RUMOURED") && !value.equals("LIKELY")) {
      return false;
    }
    int end = ctx.clauseEnd(h.first());
    for (int k = h.end(); k < end; k++) {
      Context.CueHit c = ctx.cueAt(k);
      if (c != null && c.has("EVENT")) {
        return false;
      }
    }
    return end < ctx.sentenceAt(h.first()).endToken();
  }

  private boolean isPerfectiveQad(Context.CueHit h) {
    Analysis a = ctx.analysis();
    if (h.end() - h.first() != 1 || h.end() >= a.size()) {
      return false;
    }
    String w = a.folded(h.first()).substring(h.offsetInFirst());
    if (!w.equals("قد")) {
      return false;
    }
    for (int k = Math.max(0, h.first() - 4); k < h.first(); k++) {
      String before = a.folded(k);
      if (before.equals("كان") || before.equals("كانت") || before.equals("كانوا") || before.equals("وكان")
          || before.equals("وكانت")) {
        return true; // "وكان X قد تسلل": a past perfect, whatever letter the verb starts with
      }
    }
    String next = a.folded(h.end());
    char c = next.isEmpty() ? ' ' : next.charAt(0);
    // an alef opens the perfect of the commonest verbs of news ("قد أعلنت", "قد أكد", "قد أوقف") far more often
    // than a first-person imperfect, which reports hardly use
    return !(c == '\u064A' || c == '\u062A' || c == '\u0646');
  }

  private static final java.util.Set<String> NOT_FUTURE = java.util.Set.of("سياسه", "سياسي", "سياسيه", "سياسيا",
      "سيطره", "سياره", "سيارات", "سيناء", "سيناريو", "ستار", "سيده", "سيدي", "ستين", "ستون", "سياق", "سياده",
      "سيول", "ستوكهولم");

  /** "التحاق X بداعش سيغير ...": a future verb right after a verbal-noun trigger makes it a prospect. */
  private boolean futureVerbAfter(int triggerEnd, int clause) {
    Analysis a = ctx.analysis();
    for (int k = triggerEnd; k < Math.min(a.size(), triggerEnd + AFTER_WINDOW); k++) {
      if (ctx.clause(k) != clause) {
        return false;
      }
      String w = a.folded(k);
      if (w.length() >= 5 && (w.startsWith("\u0633\u064A") || w.startsWith("\u0633\u062A"))
          && !NOT_FUTURE.contains(w) && !ctx.analysis().token(k).text().isEmpty()
          && !isEntityToken(k)) {
        return true;
      }
    }
    return false;
  }

  private boolean isEntityToken(int k) {
    return ctx.candidates().stream().anyMatch(c -> c.first() <= k && k < c.end());
  }

  /**
   * "قُتل «على الأرجح» في", "tué probablement", "killed, probably,": a likelihood adverb right after the trigger,
   * with nothing but quotes between them, qualifies that trigger.
   */
  private boolean hedgesTheVerbBefore(Context.CueHit h, int triggerEnd) {
    if (!h.value("MODALITY").equals("LIKELY")) {
      return false;
    }
    for (int k = triggerEnd; k < h.first(); k++) {
      if (!ctx.analysis().folded(k).equals("\"")) {
        return false;
      }
    }
    return true;
  }

  /**
   * A cue after the trigger only hedges it as a future verb whose subject the trigger is
   * ("التحاق X بداعش سيمهد") or as a relative clause on it ("اجتماع القيادات الذي يعتقد أنه").
   */
  private boolean governsBackwards(Context.CueHit h) {
    String w = ctx.analysis().folded(h.first()).substring(h.offsetInFirst());
    if (w.startsWith("\u0633\u064A") || w.startsWith("\u0633\u062A")) {
      return true;
    }
    if (h.first() == 0) {
      return false;
    }
    String before = ctx.analysis().folded(h.first() - 1);
    return before.equals("الذي") || before.equals("التي") || before.equals("الذين") || before.equals("who")
        || before.equals("qui");
  }
}
