package org.marsad.text;

import java.util.Arrays;

/**
 * A normalised text that remembers, for each of its chars, the chars of the original it came from.
 * The idea follows OpenNLP's AlignedText: matching happens on {@link #normalized()}, reporting on {@link #original()}.
 */
public final class AlignedText {
  private final String original;
  private final String normalized;
  /**
   * The original offset each normalised char came from; may be longer than the text, the rest unused. A char's
   * original span ends where the next char's source starts (or at the original's end): the chars between are
   * the marks folding dropped, and they belong to the letter they decorate. So no array of ends is kept.
   */
  private final int[] originalStart;
  /**
   * Original offsets, ascending, of chars that folded to nothing without being marks (a presentation form of
   * an isolated haraka): a letter's span stops there instead of taking the marks after it. Usually empty.
   */
  private final int[] stops;
  /** The normalised chars; may be longer than the text. Shared only with the tokenizer, which never writes. */
  private final char[] chars;

  AlignedText(String original, char[] chars, int length, int[] originalStart, int[] stops) {
    if (length > originalStart.length || length > chars.length) {
      throw new TextException("alignment length " + originalStart.length + " or chars " + chars.length
          + " shorter than the normalised length " + length);
    }
    this.original = original;
    this.normalized = new String(chars, 0, length);
    this.originalStart = originalStart;
    this.stops = stops;
    this.chars = chars;
  }

  /** An alignment where nothing changed; useful for tests and for text that needs no folding. */
  public static AlignedText identity(String text) {
    int[] starts = new int[text.length()];
    for (int i = 0; i < starts.length; i++) {
      starts[i] = i;
    }
    return new AlignedText(text, text.toCharArray(), text.length(), starts, new int[0]);
  }

  /** The normalised chars, for the tokenizer; callers must not write them, and must stop at the text's length. */
  char[] chars() {
    return chars;
  }

  public String original() {
    return original;
  }

  public String normalized() {
    return normalized;
  }

  /** Maps a span of the normalised text to the smallest span of the original that produced it. */
  public Span toOriginal(Span normalizedSpan) {
    if (normalizedSpan.end() > normalized.length()) {
      throw new TextException("span " + normalizedSpan + " runs past the normalised text of length "
          + normalized.length());
    }
    if (normalizedSpan.length() == 0) {
      int at = normalizedSpan.start() < normalized.length()
          ? originalStart[normalizedSpan.start()]
          : original.length();
      return new Span(at, at);
    }
    return new Span(originalStart[normalizedSpan.start()], originalEnd(normalizedSpan.end() - 1));
  }

  /**
   * The original end of normalised char {@code k}: where the next char's different source starts, or the
   * original's end, unless a stop comes first.
   */
  private int originalEnd(int k) {
    int from = originalStart[k];
    int end = original.length();
    int n = normalized.length();
    for (int j = k + 1; j < n; j++) {
      if (originalStart[j] != from) {
        end = originalStart[j];
        break;
      }
    }
    for (int stop : stops) {
      if (stop > from) {
        return Math.min(stop, end);
      }
    }
    return end;
  }

  public Span toOriginal(int normalizedStart, int normalizedEnd) {
    return toOriginal(new Span(normalizedStart, normalizedEnd));
  }

  /** The normalised offset of the first normalised char that comes from original offset {@code at} or later. */
  public int toNormalized(int originalOffset) {
    int i = Arrays.binarySearch(originalStart, 0, normalized.length(), originalOffset);
    if (i >= 0) {
      while (i > 0 && originalStart[i - 1] == originalOffset) {
        i--;
      }
      return i;
    }
    return -i - 1;
  }

  @Override
  public String toString() {
    return "AlignedText[" + normalized.length() + " normalised chars from " + original.length() + "]";
  }
}
