package org.marsad.text;

/**
 * A reading of an Arabic word as proclitics plus a stem. {@code stem} is what a lexicon sees; where the
 * article's alef was elided after lam ("للدولة"), the stem restores it ("الدولة") and {@code stemOffset}
 * points at the lam that carries the article.
 */
public record CliticSplit(String prefix, String stem, int stemOffset) {

  public boolean hasPrefix() {
    return !prefix.isEmpty();
  }
}
