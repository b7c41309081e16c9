package org.marsad.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Separates Arabic proclitics: a conjunction (و ف), a preposition (ب ل ك) and the article (ال), as in
 * "وبالجزائر" or "للأمن". Words such as "بوكو" and "ليبيا" begin with letters that look like clitics,
 * so a split is only taken when the stem is a known word, or when it carries the article (the article itself
 * proves a word boundary). The preposition ك ("like") is only split before the article: before a bare
 * name it is rare, and "كبير" must not read as ك + "بير".
 */
public final class CliticSplitter {
  private static final char ALEF = ArabicLetters.ALEF;
  private static final char LAM = ArabicLetters.LAM;
  private static final int MIN_STEM = 2;

  private final Vocabulary vocabulary;

  public CliticSplitter(Vocabulary vocabulary) {
    this.vocabulary = vocabulary;
  }

  /** Every reading, longest stem first (the unsplit word is first). Input must be folded. */
  public static List<CliticSplit> candidates(String word) {
    List<CliticSplit> out = new ArrayList<>(4);
    out.add(new CliticSplit("", word, 0));
    int i = 0;
    if (i < word.length() && (word.charAt(i) == ArabicLetters.WAW || word.charAt(i) == ArabicLetters.FEH)) {
      i++;
      addIfLongEnough(out, word, i);
    }
    if (i < word.length()) {
      char p = word.charAt(i);
      boolean kafBeforeArticle = p == ArabicLetters.KAF && word.startsWith("\u0627\u0644", i + 1);
      if (p == ArabicLetters.BEH || p == LAM || kafBeforeArticle) {
        // "لل" is lam + article with the alef elided: the stem gets its alef back.
        if (p == LAM && i + 1 < word.length() && word.charAt(i + 1) == LAM && word.length() - i - 2 >= MIN_STEM) {
          out.add(new CliticSplit(word.substring(0, i + 1), "" + ALEF + word.substring(i + 1), i + 1));
        }
        i++;
        addIfLongEnough(out, word, i);
      }
    }
    return out;
  }

  private static void addIfLongEnough(List<CliticSplit> out, String word, int at) {
    if (word.length() - at >= MIN_STEM) {
      out.add(new CliticSplit(word.substring(0, at), word.substring(at), at));
    }
  }

  /**
   * The reading to show a user: the unsplit word when it is known; else the longest known stem;
   * else a split before an article; else the word unsplit.
   */
  public CliticSplit split(String word) {
    List<CliticSplit> all = candidates(word);
    if (vocabulary.contains(word)) {
      return all.get(0);
    }
    for (int k = 1; k < all.size(); k++) {
      if (vocabulary.contains(all.get(k).stem())) {
        return all.get(k);
      }
    }
    for (int k = 1; k < all.size(); k++) {
      String stem = all.get(k).stem();
      if (stem.length() >= 4 && stem.charAt(0) == ALEF && stem.charAt(1) == LAM) {
        return all.get(k);
      }
    }
    return all.get(0);
  }
}
