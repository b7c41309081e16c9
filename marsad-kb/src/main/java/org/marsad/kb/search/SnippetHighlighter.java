package org.marsad.kb.search;

import java.io.IOException;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;

/**
 * A unified highlighter over the report text that returns {@link Snippet}s. Offsets come from the postings,
 * so no report is analysed again at query time. Passages are cut at word boundaries near a fixed length:
 * scraped Arabic text often runs for a whole paragraph without a sentence break.
 */
final class SnippetHighlighter extends UnifiedHighlighter {
  private static final int SNIPPETS_PER_HIT = 2;
  private static final int SNIPPET_CHARS = 160;
  /** Reports are rarely longer; text past this still matches but is not highlighted. */
  private static final int MAX_HIGHLIGHT_CHARS = 500_000;

  SnippetHighlighter(IndexSearcher searcher, Analyzer indexAnalyzer) {
    super(UnifiedHighlighter.builder(searcher, indexAnalyzer)
        .withFormatter(new SnippetFormatter())
        .withBreakIterator(() -> LengthGoalBreakIterator.createClosestToLength(
            BreakIterator.getWordInstance(Locale.ROOT), SNIPPET_CHARS, 0.5f))
        .withMaxLength(MAX_HIGHLIGHT_CHARS)
        .withMaxNoHighlightPassages(1));
  }

  /** Snippets of each document, in the order of {@code docIds}; an empty list for a document without text. */
  List<List<Snippet>> snippets(Query query, int[] docIds) throws IOException {
    Object[] formatted = highlightFieldsAsObjects(new String[] {ReportDocuments.TEXT}, query, docIds,
        new int[] {SNIPPETS_PER_HIT}).get(ReportDocuments.TEXT);
    List<List<Snippet>> out = new ArrayList<>(docIds.length);
    for (Object f : formatted) {
      out.add(f == null ? List.of() : SnippetFormatter.snippets(f));
    }
    return out;
  }
}
