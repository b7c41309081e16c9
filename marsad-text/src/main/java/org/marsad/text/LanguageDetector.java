package org.marsad.text;

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
    if (arabic + latin < MIN_LETTERS) {
      return Language.UNKNOWN;
    }
    if (arabic >= latin) {
      return Language.AR;
    }
    return frenchOrEnglish(TextNormalizer.get().fold(text));
  }

  private static Language frenchOrEnglish(String folded) {
    int fr = 0;
    int en = 0;
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
        String w = folded.substring(i, j);
        if (FRENCH.contains(w)) {
          fr++;
        }
        if (ENGLISH.contains(w)) {
          en++;
        }
      }
      i = j;
    }
    if (fr == 0 && en == 0) {
      return Language.UNKNOWN;
    }
    return fr > en ? Language.FR : Language.EN;
  }
}
