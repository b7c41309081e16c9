package org.marsad.kb.search;

/** A matched range {@code [start, end)} of UTF-16 offsets into the report text as it was indexed. */
public record Highlight(int start, int end) {

  public Highlight {
    if (start < 0 || end < start) {
      throw new SearchException("highlight range must satisfy 0 <= start <= end: start=" + start + ", end=" + end);
    }
  }
}
