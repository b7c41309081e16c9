package org.marsad.extract;

/** A stretch of the original text: UTF-16 offsets {@code [start, end)} and the exact text found there. */
public record Mention(int start, int end, String text) implements Comparable<Mention> {

  public Mention {
    if (start < 0 || end < start) {
      throw new ExtractException("mention span is invalid: start=" + start + ", end=" + end);
    }
    if (text.length() != end - start) {
      throw new ExtractException("mention text length " + text.length() + " does not match span "
          + start + ".." + end);
    }
  }

  public static Mention of(String original, int start, int end) {
    return new Mention(start, end, original.substring(start, end));
  }

  /** The span alone: within one text it decides the mention, and hashing the text would cost more. */
  @Override
  public int hashCode() {
    return 31 * start + end;
  }

  @Override
  public int compareTo(Mention o) {
    return start != o.start ? Integer.compare(start, o.start) : Integer.compare(o.end, end);
  }
}
