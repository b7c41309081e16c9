package org.marsad.kb.search;

import java.io.IOException;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;

/**
 * A unified highlighter over the report text that returns {@link Snippet}s. Offsets come from the postings,
 * so no report is analysed again at query time. Passages are cut at word boundaries near a fixed length:
 * scraped Arabic text often runs for a whole paragraph without a sentence break. A hit's id and title are read
 * with its text: each read of a stored document decompresses the block that holds it.
 */
final class SnippetHighlighter extends UnifiedHighlighter {
  private static final int SNIPPETS_PER_HIT = 2;
  private static final int SNIPPET_CHARS = 160;
  /** Reports are rarely longer; text past this still matches but is not highlighted. */
  private static final int MAX_HIGHLIGHT_CHARS = 500_000;
  /** What {@link #loadFieldValues} read for the documents of the current {@link #hits} call. */
  private final Map<Integer, HitFields> loaded = new HashMap<>();

  SnippetHighlighter(IndexSearcher searcher, Analyzer indexAnalyzer) {
    super(UnifiedHighlighter.builder(searcher, indexAnalyzer)
        .withFormatter(new SnippetFormatter())
        .withBreakIterator(() -> LengthGoalBreakIterator.createClosestToLength(
            BreakIterator.getWordInstance(Locale.ROOT), SNIPPET_CHARS, 0.5f))
        .withMaxLength(MAX_HIGHLIGHT_CHARS)
        .withMaxNoHighlightPassages(1));
  }

  /**
   * The stored id and title of each document with its snippets, in the order of {@code docIds}; no snippets for a
   * document without text. Scores are the caller's to add.
   */
  List<Hit> hits(Query query, int[] docIds) throws IOException {
    loaded.clear();
    Object[] formatted = highlightFieldsAsObjects(new String[] {ReportDocuments.TEXT}, query, docIds,
        new int[] {SNIPPETS_PER_HIT}).get(ReportDocuments.TEXT);
    List<Hit> out = new ArrayList<>(docIds.length);
    for (int i = 0; i < docIds.length; i++) {
      HitFields hit = loaded.containsKey(docIds[i]) ? loaded.get(docIds[i])
          : HitFields.read(searcher.storedFields(), docIds[i], MAX_HIGHLIGHT_CHARS);
      out.add(new Hit(hit.reportId(), hit.title(), 0f,
          formatted[i] == null ? List.of() : SnippetFormatter.snippets(formatted[i])));
    }
    return out;
  }

  /** Reads the text to highlight, keeping the id and title read from the same stored document. */
  @Override
  protected List<CharSequence[]> loadFieldValues(String[] fields, DocIdSetIterator docIter,
      int cacheCharsThreshold) throws IOException {
    List<CharSequence[]> out = new ArrayList<>();
    StoredFields stored = searcher.storedFields();
    int chars = 0;
    for (int doc = docIter.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docIter.nextDoc()) {
      HitFields hit = HitFields.read(stored, doc, MAX_HIGHLIGHT_CHARS);
      loaded.put(doc, hit);
      out.add(new CharSequence[] {hit.text()});
      chars += hit.text() == null ? 0 : hit.text().length();
      // the highlighter asks for documents in batches of about this many chars and calls again for the rest
      if (chars > cacheCharsThreshold || cacheCharsThreshold == 0) {
        break;
      }
    }
    return out;
  }
}
