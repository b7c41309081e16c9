package org.marsad.text;

import java.util.List;
import java.util.Set;

/**
 * Tells Arabic, French and English apart. Arabic is a matter of script; French and English share one, so
 * they are told apart by their commonest function words, which any news sentence is full of.
 */
public final class LanguageDetector {
  private static final int MIN_LETTERS = 8;
  private static final Set<String> FRENCH = Set.of("le", "la", "les", "des", "du", "de", "et", "est", "une", "un",
      "dans", "pour", "qui", "que", "sur", "par", "au", "aux", "a", "ont", "ete", "selon", "avec", "ce", "cette",
      "il", "elle", "ils", "son", "sa", "ses", "pas", "plus", "d", "l", "qu", "n", "s");
  private static final Set<String> ENGLISH = Set.of("the", "and", "of", "to", "in", "is", "was", "that", "for",
      "on", "with", "by", "as", "at", "from", "were", "has", "have", "had", "it", "its", "said", "which", "an",
      "be", "been", "this", "they", "their", "who", "after", "not");

  private LanguageDetector() {
  }

  public static Language detect(String text) {
    int arabic = 0;
    int latin = 0;
    int n = text.length();
    for (int i = 0; i < n; ) {
      int c = text.codePointAt(i);
      if (ArabicLetters.isArabicLetter(c)) {
        arabic++;
      } else if (Character.isLetter(c) && c < 0x0250) {
        latin++;
      }
      i += Character.charCount(c);
    }
    Language script = byScript(arabic, latin);
    return script != Language.FR ? script : frenchOrEnglish(TextNormalizer.get().fold(text));
  }

  /**
   * The same decision from a text's tokens, for a caller that has tokenised it already: the tokens carry the
   * script and the folded words, so the text is not scanned again.
   */
  public static Language detect(List<Token> tokens) {
    int arabic = 0;
    int latin = 0;
    for (Token t : tokens) {
      if (t.type() == TokenType.ARABIC) {
        arabic += t.end() - t.start();
      } else if (t.type() == TokenType.LATIN && t.text().charAt(0) < 0x0250) {
        latin += t.end() - t.start();
      }
    }
    Language script = byScript(arabic, latin);
    if (script != Language.FR) {
      return script;
    }
    Votes votes = new Votes();
    for (Token t : tokens) {
      if (t.type() == TokenType.LATIN) {
        votes.add(t.text());
      }
    }
    return votes.winner();
  }

  /** AR, UNKNOWN, or FR standing for "Latin script: French or English, to be told apart by words". */
  private static Language byScript(int arabicLetters, int latinLetters) {
    if (arabicLetters + latinLetters < MIN_LETTERS) {
      return Language.UNKNOWN;
    }
    return arabicLetters >= latinLetters ? Language.AR : Language.FR;
  }

  /** Counts of French and English function words among the words given. */
  private static final class Votes {
    private int fr;
    private int en;

    void add(String word) {
      if (FRENCH.contains(word)) {
        fr++;
      }
      if (ENGLISH.contains(word)) {
        en++;
      }
    }

    Language winner() {
      if (fr == 0 && en == 0) {
        return Language.UNKNOWN;
      }
      return fr > en ? Language.FR : Language.EN;
    }
  }

  private static Language frenchOrEnglish(String folded) {
    Votes votes = new Votes();
    int n = folded.length();
    int i = 0;
    while (i < n) {
      while (i < n && !Character.isLetter(folded.charAt(i))) {
        i++;
      }
      int j = i;
      while (j < n && Character.isLetter(folded.charAt(j))) {
        j++;
      }
      if (j > i) {
        votes.add(folded.substring(i, j));
      }
      i = j;
    }
    return votes.winner();
  }
}
