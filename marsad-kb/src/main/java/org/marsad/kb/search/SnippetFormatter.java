package org.marsad.kb.search;

import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;

/**
 * Gives passages as {@link Snippet}s with ranges into the stored text rather than as marked-up strings, so a
 * UI can mark the original report. A word matched by several stacked terms (the word, its stem, its key)
 * yields one highlight.
 */
final class SnippetFormatter extends PassageFormatter {

  @Override
  public Object format(Passage[] passages, String content) {
    List<Snippet> out = new ArrayList<>(passages.length);
    for (Passage passage : passages) {
      int start = passage.getStartOffset();
      int end = Math.min(passage.getEndOffset(), content.length());
      while (start < end && Character.isWhitespace(content.charAt(start))) {
        start++;
      }
      while (end > start && Character.isWhitespace(content.charAt(end - 1))) {
        end--;
      }
      out.add(new Snippet(content.substring(start, end), start, end, highlights(passage, start, end)));
    }
    return List.copyOf(out);
  }

  /** What {@link #format} returned, typed again; the highlighter hands it back as an Object. */
  static List<Snippet> snippets(Object formatted) {
    List<Snippet> out = new ArrayList<>();
    for (Object o : (List<?>) formatted) {
      out.add((Snippet) o);
    }
    return out;
  }

  private static List<Highlight> highlights(Passage passage, int start, int end) {
    List<int[]> ranges = new ArrayList<>(passage.getNumMatches());
    for (int i = 0; i < passage.getNumMatches(); i++) {
      int s = Math.max(start, passage.getMatchStarts()[i]);
      int e = Math.min(end, passage.getMatchEnds()[i]);
      if (s < e) {
        ranges.add(new int[] {s, e});
      }
    }
    ranges.sort((a, b) -> a[0] != b[0] ? Integer.compare(a[0], b[0]) : Integer.compare(a[1], b[1]));
    List<Highlight> out = new ArrayList<>(ranges.size());
    int[] current = null;
    for (int[] r : ranges) {
      if (current != null && r[0] < current[1]) {
        current[1] = Math.max(current[1], r[1]);
      } else {
        if (current != null) {
          out.add(new Highlight(current[0], current[1]));
        }
        current = r;
      }
    }
    if (current != null) {
      out.add(new Highlight(current[0], current[1]));
    }
    return out;
  }
}
