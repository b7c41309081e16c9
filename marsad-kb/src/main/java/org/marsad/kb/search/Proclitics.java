package org.marsad.kb.search;

import java.util.ArrayList;
import java.util.List;
import org.marsad.text.ArabicLetters;
import org.marsad.text.CliticSplit;
import org.marsad.text.CliticSplitter;

/**
 * The stems a folded Arabic word can be searched by: the readings of {@link CliticSplitter} (و ف, then ب ل,
 * ك before the article, لل restored to ال), and optionally each reading without its article. Suffixes are never
 * touched: "مالي" (Mali) must not meet "مال" (money), and names carry no inflection worth stemming.
 */
final class Proclitics {
  private static final String ARTICLE = "\u0627\u0644";
  private static final int MIN_STEM = 2;

  private Proclitics() {
  }

  /**
   * Stems other than the word itself, without repeats. {@code withoutArticle} adds "داعش" for "والداعش":
   * the index wants it so that a bare query finds every form, while a query keeps its article, which is
   * information the user typed.
   */
  static List<String> stems(String folded, boolean withoutArticle) {
    if (folded.length() <= MIN_STEM || !ArabicLetters.isArabicLetter(folded.charAt(0))) {
      return List.of();
    }
    List<CliticSplit> splits = CliticSplitter.candidates(folded);
    List<String> out = new ArrayList<>(splits.size() + 2);
    for (int k = 1; k < splits.size(); k++) {
      addNew(out, folded, splits.get(k).stem());
    }
    if (withoutArticle) {
      int readings = out.size();
      addNew(out, folded, bare(folded));
      for (int k = 0; k < readings; k++) {
        addNew(out, folded, bare(out.get(k)));
      }
    }
    return out;
  }

  private static String bare(String stem) {
    return stem.startsWith(ARTICLE) && stem.length() - ARTICLE.length() >= MIN_STEM
        ? stem.substring(ARTICLE.length())
        : null;
  }

  private static void addNew(List<String> out, String word, String stem) {
    if (stem != null && !stem.equals(word) && !out.contains(stem)) {
      out.add(stem);
    }
  }
}
