package org.marsad.kb.search;

import java.util.List;

/**
 * A passage of a report: {@code text} is the report text from {@code start} to {@code end}, and each
 * highlight is a range of the report text (not of the snippet) that lies inside the passage.
 */
public record Snippet(String text, int start, int end, List<Highlight> highlights) {

  public Snippet {
    if (start < 0 || end < start || text.length() != end - start) {
      throw new SearchException("snippet of " + text.length() + " chars cannot span " + start + ".." + end);
    }
    highlights = List.copyOf(highlights);
    for (Highlight h : highlights) {
      if (h.start() < start || h.end() > end) {
        throw new SearchException("highlight " + h + " lies outside snippet " + start + ".." + end);
      }
    }
  }
}
