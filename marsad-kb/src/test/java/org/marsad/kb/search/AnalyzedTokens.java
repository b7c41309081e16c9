package org.marsad.kb.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/** Runs an analyzer the way the indexer does and records what it emits (lucene-test-framework is not at hand). */
final class AnalyzedTokens {

  record Tok(String term, int start, int end, int positionIncrement) {
  }

  private AnalyzedTokens() {
  }

  static List<Tok> of(ReportAnalyzer.Mode mode, String text) {
    try (Analyzer analyzer = new ReportAnalyzer(mode)) {
      return of(analyzer, text);
    }
  }

  static List<Tok> of(Analyzer analyzer, String text) {
    List<Tok> out = new ArrayList<>();
    try (TokenStream ts = analyzer.tokenStream(ReportDocuments.TEXT, text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
      PositionIncrementAttribute increment = ts.addAttribute(PositionIncrementAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        out.add(new Tok(term.toString(), offset.startOffset(), offset.endOffset(), increment.getPositionIncrement()));
      }
      ts.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  /** Every term, words and keys, in order. */
  static List<String> terms(ReportAnalyzer.Mode mode, String text) {
    return of(mode, text).stream().map(Tok::term).toList();
  }

  /** Terms that are words or stems, not cross-script keys. */
  static List<String> words(ReportAnalyzer.Mode mode, String text) {
    return terms(mode, text).stream().filter(t -> !MatchKeys.isKey(t)).toList();
  }
}
