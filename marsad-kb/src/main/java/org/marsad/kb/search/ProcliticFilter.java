package org.marsad.kb.search;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * Keeps each folded word and stacks its proclitic stems ({@link Proclitics}) at the same position with the
 * same offsets: "لداعش" is found by "داعش", an exact-form phrase still matches, and a highlight covers the
 * whole written word. Input must be folded.
 */
public final class ProcliticFilter extends TokenFilter {
  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
  private final PositionIncrementAttribute position = addAttribute(PositionIncrementAttribute.class);
  private final TermMemo<java.util.List<String>> stems;
  private final Deque<String> pending = new ArrayDeque<>(4);
  private State word;

  /** {@code withoutArticle}: also stack each stem stripped of ال (for indexing; see {@link Proclitics}). */
  public ProcliticFilter(TokenStream input, boolean withoutArticle) {
    super(input);
    this.stems = new TermMemo<>(t -> Proclitics.stems(t, withoutArticle), TermMemo.DEFAULT_LIMIT);
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (!pending.isEmpty()) {
      restoreState(word);
      term.setEmpty().append(pending.poll());
      position.setPositionIncrement(0);
      return true;
    }
    if (!input.incrementToken()) {
      return false;
    }
    if (term.length() > 0 && term.charAt(0) >= '\u0600') {
      pending.addAll(stems.get(term.toString()));
      if (!pending.isEmpty()) {
        word = captureState();
      }
    }
    return true;
  }

  @Override
  public void reset() throws IOException {
    super.reset();
    pending.clear();
    word = null;
  }
}
