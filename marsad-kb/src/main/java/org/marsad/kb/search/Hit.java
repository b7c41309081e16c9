package org.marsad.kb.search;

import java.util.List;

/** One matching report; {@code score} is 0 when results are ordered by date rather than relevance. */
public record Hit(long reportId, String title, float score, List<Snippet> snippets) {

  public Hit {
    snippets = List.copyOf(snippets);
  }
}
