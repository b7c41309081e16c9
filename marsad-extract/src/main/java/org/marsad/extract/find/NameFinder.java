package org.marsad.extract.find;

import java.util.List;
import org.marsad.extract.lexicon.Title;
import org.marsad.extract.match.LexiconIndex;
import org.marsad.extract.match.PhraseTrie;
import org.marsad.text.Token;
import org.marsad.text.TokenType;

/**
 * Finds Arabic personal names that no lexicon knows, from the shape of Arabic names: a given name or a kunya
 * (أبو X) followed by further given names, connectors with a name (بن، ولد، أق), a nisba (الموريتاني) or one
 * surname; or a title (الإرهابي، الأمير، القيادي) followed by such a name.
 */
final class NameFinder {
  private static final int MAX_NAME_TOKENS = 6;
  private final LexiconIndex index;

  NameFinder(LexiconIndex index) {
    this.index = index;
  }

  /** A name span: tokens {@code [first, end)}, clitic chars skipped in the first, and the kunya split. */
  record NameSpan(int first, int end, int offsetInFirst, int kunyaAt) {
  }

  /** A name starting at token {@code i}, or at the name that follows a title at {@code i}; null if none. */
  NameSpan at(Analysis a, int i) {
    Token t = a.token(i);
    if (t.type() != TokenType.ARABIC) {
      return null;
    }
    PhraseTrie.Match<Title> title = a.look().title(i);
    if (title != null && isNameTitle(title.values())) {
      int j = title.end();
      // "الإرهابي الموريتاني صفي الدين": the nisba after a title describes; the name starts at a given name.
      for (int skip = 0; skip < 2 && j < a.size() && isNisba(a, j) && !startsName(a, j); skip++) {
        j++;
      }
      NameSpan n = j < a.size() ? parse(a, j, true) : null;
      if (n != null) {
        return n;
      }
    }
    if (looksLikePreposition(a, i)) {
      return null;
    }
    if (startsName(a, i)) {
      return parse(a, i, false);
    }
    // "دحو ولد قابلية", "حما أق سيد أحمد": an unknown first name before a name connector
    if (isUnknownNameWord(a, i) && !looksLikeImperfectVerb(a.folded(i)) && i + 2 < a.size()
        && isConnector(a.folded(i + 1))
        && a.token(i + 2).type() == TokenType.ARABIC && !FunctionWords.at(a, i + 2)) {
      NameSpan rest = parseAfterConnector(a, i);
      return rest;
    }
    return null;
  }

  private static final java.util.Set<String> COMPLEMENTIZERS = java.util.Set.of("ان", "انه", "انها", "انهم");

  /**
   * "أن", "إن", "أنه": folded they read as the given name "آن" (Anne); written with a hamza they are the particle
   * that ends a reported speaker's name ("قال X إن ...").
   */
  private static boolean isComplementizer(Analysis a, int i) {
    String w = a.folded(i);
    int conj = w.length() > 2 && (w.charAt(0) == '\u0648' || w.charAt(0) == '\u0641') ? 1 : 0;
    if (!COMPLEMENTIZERS.contains(w.substring(conj))) {
      return false;
    }
    String original = a.originalText(a.aligned().toOriginal(a.token(i).span()));
    int at = conj;
    while (at < original.length() && Character.getType(original.charAt(at)) == Character.NON_SPACING_MARK) {
      at++; // a vowel mark on the conjunction ("وَأن")
    }
    return original.startsWith("\u0623", at) || original.startsWith("\u0625", at);
  }

  /** "على" folds to "علي" (Ali); the original alef maksura tells the preposition apart. */
  private static boolean looksLikePreposition(Analysis a, int i) {
    String w = a.folded(i);
    boolean conjoined = w.length() > 3 && (w.charAt(0) == '\u0648' || w.charAt(0) == '\u0641')
        && FunctionWords.contains(w.substring(1)); // "وعلى فنادق" is "and on hotels", not "Ali Fanadiq"
    if (!FunctionWords.at(a, i) && !conjoined) {
      return false;
    }
    String original = a.originalText(a.aligned().toOriginal(a.token(i).span()));
    return original.indexOf('\u0649') >= 0 || !original.endsWith("\u064A");
  }

  private static boolean isNameTitle(List<Title> titles) {
    for (Title t : titles) {
      if (t.kind().equals("MILITANT_TITLE") || t.kind().equals("OFFICIAL_TITLE")) {
        return true;
      }
    }
    return false;
  }

  private boolean startsName(Analysis a, int i) {
    return isKunya(a, i) || givenNameEnd(a, i) > i;
  }

  private int givenNameEnd(Analysis a, int i) {
    PhraseTrie.Match<String> m = a.look().givenName(i);
    return m == null ? -1 : m.end();
  }

  private static boolean isKunya(Analysis a, int i) {
    if (i + 1 >= a.size() || a.token(i + 1).type() != TokenType.ARABIC) {
      return false;
    }
    String w = stripConj(a.folded(i));
    return (w.equals("ابو") || w.equals("ابي") || w.equals("ابا") || w.equals("ام"))
        && !FunctionWords.at(a, i + 1);
  }

  private static String stripConj(String w) {
    return w.length() > 3 && (w.charAt(0) == '\u0648') ? w.substring(1) : w;
  }

  private NameSpan parse(Analysis a, int start, boolean titled) {
    int offset = 0;
    int i = start;
    int kunyaAt = -1;
    int parts = 0;
    if (isKunya(a, i)) {
      kunyaAt = i;
      i += 2;
      parts += 2;
      offset = a.folded(start).charAt(0) == '\u0648' && a.folded(start).length() > 3 ? 1 : 0;
    } else {
      PhraseTrie.Match<String> g = a.look().givenName(i);
      if (g == null || isComplementizer(a, i)) {
        return null; // "وأن أغلب المهاجمين": the particle, not the given name "آن", opens the clause
      }
      offset = g.offsetInFirst();
      i = g.end();
      parts++;
    }
    int unknowns = 0;
    while (i < a.size() && i - start < MAX_NAME_TOKENS && a.token(i).type() == TokenType.ARABIC
        && a.token(i - 1).end() < a.token(i).start() && !a.token(i).boundaryBefore()) {
      String w = a.folded(i);
      if (w.length() > 3 && w.charAt(0) == '\u0648' && !isConnector(w) && givenNameEnd(a, i) > i) {
        break; // "عمار حداد وسالم": a conjunction starts the next person
      }
      if (isComplementizer(a, i)) {
        break; // "سالم البوزيدي أن مسلحين": "أن" folds like the given name "آن" but ends the name
      }
      PhraseTrie.Match<String> clitic = a.look().givenName(i);
      if (clitic != null && clitic.offsetInFirst() > 0) {
        break; // "التقى سالم البوزيدي بعمار البوزيدي": a preposition on a given name starts another phrase
      }
      if (kunyaAt == start && i == start + 2 && isLaqab(a, i)) {
        i++; // "أبو طلحة المهاجر": a kunya often carries an epithet
        parts++;
        continue;
      }
      if (isConnector(w) && i + 1 < a.size() && a.token(i + 1).type() == TokenType.ARABIC
          && !FunctionWords.at(a, i + 1)) {
        i += 2;
        parts += 2;
          continue;
      }
      if (isKunya(a, i)) {
        if (kunyaAt < 0) {
          kunyaAt = i;
        }
        i += 2;
        parts += 2;
          continue;
      }
      int g = givenNameEnd(a, i);
      if (g > i) {
        i = g;
        parts++;
        continue;
      }
      if (isNisba(a, i)) {
        i++;
        parts++;
          continue;
      }
      if (unknowns == 0 && isUnknownNameWord(a, i)) {
        unknowns++;
        i++;
        parts++;
        continue;
      }
      break;
    }
    if (parts < 2 && !titled) {
      return null;
    }
    if (kunyaAt > start + 1 && givenNameEnd(a, kunyaAt - 1) == kunyaAt) {
      kunyaAt = kunyaAt - 1;
    }
    return new NameSpan(start, i, offset, kunyaAt);
  }

  private NameSpan parseAfterConnector(Analysis a, int i) {
    int end = i + 3;
    while (end < a.size() && end - i < MAX_NAME_TOKENS && a.token(end).type() == TokenType.ARABIC
        && !isComplementizer(a, end) && (givenNameEnd(a, end) > end || isNisba(a, end))) {
      end = Math.max(end + 1, givenNameEnd(a, end));
    }
    return new NameSpan(i, end, 0, -1);
  }

  private boolean isLaqab(Analysis a, int i) {
    String w = a.folded(i);
    return w.length() >= 5 && w.startsWith("\u0627\u0644") && !FunctionWords.at(a, i)
        && a.look().cue(i) == null && a.look().title(i) == null
        && a.look().entity(i) == null;
  }

  private static boolean isConnector(String w) {
    return w.equals("بن") || w.equals("ابن") || w.equals("ولد") || w.equals("اق") || w.equals("اغ")
        || w.equals("بنت") || w.equals("ال");
  }

  /** A relative adjective used as a family name: definite, ending in yeh, and not a common adjective. */
  private boolean isNisba(Analysis a, int i) {
    String w = a.folded(i);
    if (w.length() < 5 || !w.startsWith("\u0627\u0644") || w.charAt(w.length() - 1) != '\u064A') {
      return false;
    }
    PhraseTrie.Match<Title> t = a.look().title(i);
    if (t != null) {
      for (Title title : t.values()) {
        if (title.kind().equals("NISBA_EXCLUDE")) {
          return false;
        }
      }
      return false;
    }
    return a.look().cue(i) == null;
  }

  /**
   * "ينحدر أق أشراتومان من": an unknown word with the prefix of a present-tense verb before "أق" is the verb of
   * the clause; the given names that start so (يحيى، يوسف) are in the lexicon and never reach this test.
   */
  private static boolean looksLikeImperfectVerb(String w) {
    return w.length() >= 4 && (w.charAt(0) == '\u064a' || w.charAt(0) == '\u062a');
  }

  private boolean isUnknownNameWord(Analysis a, int i) {
    String w = a.folded(i);
    // "موسى أق أشراتومان والجنرال": "و" + "ال" opens the next item of a list, never a part of a name
    return w.length() >= 3 && !w.startsWith("\u0627\u0644") && !w.startsWith("\u0648\u0627\u0644")
        && !FunctionWords.at(a, i) && !a.look().inVocabulary(i) && a.look().cue(i) == null
        && a.look().title(i) == null;
  }
}
