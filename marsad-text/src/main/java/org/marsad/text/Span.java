package org.marsad.text;

/**
 * A half-open range {@code [start, end)} of UTF-16 offsets into one text.
 * Which text (original or normalised) is the caller's contract; {@link AlignedText} converts between them.
 */
public record Span(int start, int end) implements Comparable<Span> {

  public Span {
    if (start < 0) {
      throw new TextException("span start must not be negative: start=" + start + ", end=" + end);
    }
    if (start > end) {
      throw new TextException("span start must not be larger than end: start=" + start + ", end=" + end);
    }
  }

  public int length() {
    return end - start;
  }




  public String cover(CharSequence text) {
    if (end > text.length()) {
      throw new TextException("span " + this + " runs past the end of a text of length " + text.length());
    }
    return text.subSequence(start, end).toString();
  }

  @Override
  public int compareTo(Span o) {
    return start != o.start ? Integer.compare(start, o.start) : Integer.compare(o.end, end);
  }
}
