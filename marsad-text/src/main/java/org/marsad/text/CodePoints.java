package org.marsad.text;

/**
 * Maps UTF-16 offsets of one text to code-point offsets, which is what the JSON contract and the store report.
 * The identity, with no table, unless the text has supplementary characters.
 */
public final class CodePoints {
  private final int[] map;

  public CodePoints(String text) {
    boolean surrogates = false;
    for (int i = 0; i < text.length() && !surrogates; i++) {
      surrogates = Character.isSurrogate(text.charAt(i));
    }
    if (!surrogates) {
      map = null;
      return;
    }
    int n = text.length();
    map = new int[n + 1];
    int cp = 0;
    for (int i = 0; i < n; i++) {
      map[i] = cp;
      char c = text.charAt(i);
      if (!(Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(text.charAt(i + 1)))) {
        cp++;
      }
    }
    map[n] = cp;
  }

  /** The code-point offset of a UTF-16 offset in {@code [0, length]}. */
  public int of(int utf16) {
    return map == null ? utf16 : map[utf16];
  }
}
