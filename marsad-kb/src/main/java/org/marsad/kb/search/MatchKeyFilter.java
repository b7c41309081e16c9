package org.marsad.kb.search;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * Adds cross-script keys ({@link MatchKeys}) to folded words. For indexing, each word keeps its place and its
 * key is stacked on it with the same offsets, so a Latin query highlights the Arabic word it found. For a
 * query, each word is replaced by its key marked with the other script, and words without a key are dropped
 * while their positions are kept, so a phrase of keys still demands adjacent words.
 */
public final class MatchKeyFilter extends TokenFilter {
  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
  private final PositionIncrementAttribute position = addAttribute(PositionIncrementAttribute.class);
  private final boolean forQuery;
  private final TermMemo<String> keys;
  private String pendingKey;
  private State word;
  private int skippedPositions;

  private MatchKeyFilter(TokenStream input, boolean forQuery) {
    super(input);
    this.forQuery = forQuery;
    this.keys = new TermMemo<>(t -> MatchKeys.of(t, forQuery), TermMemo.DEFAULT_LIMIT);
  }

  /** Words followed by their keys, for the index. */
  public static MatchKeyFilter stacked(TokenStream input) {
    return new MatchKeyFilter(input, false);
  }

  /** Only keys, marked with the script opposite to each word's, for a cross-script query. */
  public static MatchKeyFilter crossScript(TokenStream input) {
    return new MatchKeyFilter(input, true);
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (pendingKey != null) {
      restoreState(word);
      term.setEmpty().append(pendingKey);
      position.setPositionIncrement(0);
      pendingKey = null;
      return true;
    }
    while (input.incrementToken()) {
      String key = keys.get(term.toString());
      if (!forQuery) {
        if (!key.isEmpty()) {
          pendingKey = key;
          word = captureState();
        }
        return true;
      }
      if (key.isEmpty()) {
        skippedPositions += position.getPositionIncrement();
        continue;
      }
      term.setEmpty().append(key);
      position.setPositionIncrement(position.getPositionIncrement() + skippedPositions);
      skippedPositions = 0;
      return true;
    }
    return false;
  }

  @Override
  public void end() throws IOException {
    super.end();
    position.setPositionIncrement(position.getPositionIncrement() + skippedPositions);
  }

  @Override
  public void reset() throws IOException {
    super.reset();
    pendingKey = null;
    word = null;
    skippedPositions = 0;
  }
}
