package org.marsad.kb.search;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Folds each term with the project's normaliser (alef and hamza forms, ى to ي, ة to ه, harakat, tatweel,
 * Arabic-Indic digits, Maghrebi and Persian letters, Latin case and accents). Offsets are left alone, so they
 * keep pointing at the original text even where folding dropped chars. A term may fold to nothing
 * (a lone tatweel); a later length filter removes it.
 */
public final class FoldingFilter extends TokenFilter {
  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
  private final TermMemo<String> folds = new TermMemo<>(TermFolder::foldChanged, TermMemo.DEFAULT_LIMIT);

  public FoldingFilter(TokenStream input) {
    super(input);
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (!input.incrementToken()) {
      return false;
    }
    if (TermFolder.changes(term.buffer(), term.length())) {
      String folded = folds.get(term.toString());
      term.setEmpty().append(folded);
    }
    return true;
  }
}
