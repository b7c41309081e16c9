package org.marsad.kb.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.MultiPhraseQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.SynonymQuery;
import org.apache.lucene.search.TermQuery;

/** Analysed query text as positions of stacked terms, and the Lucene query that matches them. */
final class Positions {

  /** Terms stacked at one position; {@code position} counts from 0 at the first term. */
  record Position(int position, List<String> terms) {
  }

  private Positions() {
  }

  static List<Position> of(Analyzer analyzer, String text) {
    List<Position> out = new ArrayList<>();
    try (TokenStream ts = analyzer.tokenStream(ReportDocuments.TEXT, text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      PositionIncrementAttribute increment = ts.addAttribute(PositionIncrementAttribute.class);
      ts.reset();
      int position = -1;
      while (ts.incrementToken()) {
        int step = increment.getPositionIncrement();
        if (out.isEmpty() || step > 0) {
          position = out.isEmpty() ? 0 : position + step;
          out.add(new Position(position, new ArrayList<>(4)));
        }
        out.get(out.size() - 1).terms().add(term.toString());
      }
      ts.end();
    } catch (IOException e) {
      // Analysing a String reads no file; an IOException here is a bug in a filter.
      throw new SearchException("cannot analyse query text: " + text, e);
    }
    return out;
  }

  /** One position: its term or its synonyms. Several: a phrase, with alternatives where terms are stacked. */
  static Query query(String field, List<Position> positions) {
    if (positions.size() == 1) {
      List<String> terms = positions.get(0).terms();
      if (terms.size() == 1) {
        return new TermQuery(new Term(field, terms.get(0)));
      }
      SynonymQuery.Builder synonyms = new SynonymQuery.Builder(field);
      terms.forEach(t -> synonyms.addTerm(new Term(field, t)));
      return synonyms.build();
    }
    if (positions.stream().allMatch(p -> p.terms().size() == 1)) {
      PhraseQuery.Builder phrase = new PhraseQuery.Builder();
      positions.forEach(p -> phrase.add(new Term(field, p.terms().get(0)), p.position()));
      return phrase.build();
    }
    MultiPhraseQuery.Builder phrase = new MultiPhraseQuery.Builder();
    for (Position p : positions) {
      phrase.add(p.terms().stream().map(t -> new Term(field, t)).toArray(Term[]::new), p.position());
    }
    return phrase.build();
  }
}
