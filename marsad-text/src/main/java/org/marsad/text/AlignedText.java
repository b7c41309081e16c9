package org.marsad.text;

import java.util.Arrays;

/**
 * A normalised text that remembers, for each of its chars, the chars of the original it came from.
 * The idea follows OpenNLP's AlignedText: matching happens on {@link #normalized()}, reporting on {@link #original()}.
 */
public final class AlignedText {
  private final String original;
  private final String normalized;
  private final int[] originalStart;
  private final int[] originalEnd;

  AlignedText(String original, String normalized, int[] originalStart, int[] originalEnd) {
    if (normalized.length() != originalStart.length || normalized.length() != originalEnd.length) {
      throw new TextException("alignment length " + originalStart.length
          + " does not match normalised length " + normalized.length());
    }
    this.original = original;
    this.normalized = normalized;
    this.originalStart = originalStart;
    this.originalEnd = originalEnd;
  }

  /** An alignment where nothing changed; useful for tests and for text that needs no folding. */
  public static AlignedText identity(String text) {
    int[] starts = new int[text.length()];
    int[] ends = new int[text.length()];
    for (int i = 0; i < starts.length; i++) {
      starts[i] = i;
      ends[i] = i + 1;
    }
    return new AlignedText(text, text, starts, ends);
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
      int at = normalizedSpan.start() < originalStart.length
          ? originalStart[normalizedSpan.start()]
          : original.length();
      return new Span(at, at);
    }
    return new Span(originalStart[normalizedSpan.start()], originalEnd[normalizedSpan.end() - 1]);
  }

  public Span toOriginal(int normalizedStart, int normalizedEnd) {
    return toOriginal(new Span(normalizedStart, normalizedEnd));
  }

  /** The normalised offset of the first normalised char that comes from original offset {@code at} or later. */
  public int toNormalized(int originalOffset) {
    int i = Arrays.binarySearch(originalStart, originalOffset);
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
