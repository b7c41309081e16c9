package org.marsad.kb.search;

import org.marsad.text.TextNormalizer;

/**
 * Folds one token with {@link TextNormalizer}, so that the index spells words exactly as extraction does.
 * The normaliser maps char by char, so a token whose every char folds to itself is returned unchanged
 * without allocating; the table of such chars is built from the normaliser itself and cannot drift from it.
 */
final class TermFolder {
  private static final boolean[] UNCHANGED = buildTable();

  private TermFolder() {
  }

  /** The folded token, or {@code null} when folding would not change it. */
  static String fold(char[] buffer, int length) {
    return changes(buffer, length) ? foldChanged(new String(buffer, 0, length)) : null;
  }

  /** Whether folding would change the token. */
  static boolean changes(char[] buffer, int length) {
    for (int i = 0; i < length; i++) {
      if (!UNCHANGED[buffer[i]]) {
        return true;
      }
    }
    return false;
  }

  /** The folded form of a token that {@link #changes} says folding changes. */
  static String foldChanged(String token) {
    return TextNormalizer.get().fold(token);
  }

  static String fold(String token) {
    String folded = fold(token.toCharArray(), token.length());
    return folded == null ? token : folded;
  }

  private static boolean[] buildTable() {
    boolean[] table = new boolean[Character.MAX_VALUE + 1];
    TextNormalizer normalizer = TextNormalizer.get();
    for (int c = 0; c <= Character.MAX_VALUE; c++) {
      String s = String.valueOf((char) c);
      table[c] = normalizer.fold(s).equals(s);
    }
    return table;
  }
}
