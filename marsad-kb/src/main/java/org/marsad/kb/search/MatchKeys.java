package org.marsad.kb.search;

import org.marsad.text.ArabicLetters;
import org.marsad.text.Transliterator;

/**
 * Cross-script keys as index terms. {@link Transliterator#matchKey} gives "kdl" for both "كيدال" and "Kidal";
 * the term is marked with the script it came from, so that a query looks only at keys of the other script:
 * same-script matches are the job of the words themselves, and a Latin key never meets another Latin word
 * with the same consonants. The marker starts with a control char, which no tokenizer puts into a word.
 */
final class MatchKeys {
  static final String FROM_ARABIC = "\u0001a";
  static final String FROM_LATIN = "\u0001l";
  /**
   * Keys of one or two consonants ("ml" for "Mali", but also for "عمل" and "أمل") are too common to search
   * alone; they still count inside a phrase, where "Ag Ghaly" gives "k kl".
   */
  static final int MIN_CHARS = 3;

  private MatchKeys() {
  }

  /**
   * The marked key of a folded word, or "" when it has none (digits, vowels only). {@code crossed}: mark it
   * with the other script, for a query that looks for the word's spelling in the other script.
   */
  static String of(String folded, boolean crossed) {
    Boolean arabic = script(folded);
    if (arabic == null) {
      return "";
    }
    String key = Transliterator.matchKey(folded);
    if (key.isEmpty()) {
      return "";
    }
    return (arabic != crossed ? FROM_ARABIC : FROM_LATIN) + key;
  }

  static boolean isKey(String term) {
    return term.startsWith(FROM_ARABIC) || term.startsWith(FROM_LATIN);
  }

  /** Consonant classes in a marked key. */
  static int chars(String markedKey) {
    int n = 0;
    for (int i = FROM_ARABIC.length(); i < markedKey.length(); i++) {
      if (markedKey.charAt(i) != ' ') {
        n++;
      }
    }
    return n;
  }

  /** TRUE for Arabic script, FALSE for Latin, null for neither. */
  private static Boolean script(String folded) {
    Boolean found = null;
    for (int i = 0; i < folded.length(); i++) {
      char c = folded.charAt(i);
      if (ArabicLetters.isArabicLetter(c)) {
        return Boolean.TRUE;
      }
      if (c >= 'a' && c <= 'z') {
        found = Boolean.FALSE;
      }
    }
    return found;
  }
}
