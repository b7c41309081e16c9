package org.marsad.extract.match;

import java.util.List;
import org.marsad.text.CliticSplit;

/**
 * What the extractor knows about one distinct folded word: its clitic readings, which phrase tries open
 * with any of them, and the answers to the {@link WordTest}s asked so far. One instance serves every
 * occurrence of the word in every report.
 */
public final class WordInfo {
  private final String text;
  private final List<CliticSplit> splits;
  private final int openerBits;
  private final boolean inVocabulary;
  private final Object[][] starts;
  /**
   * High half: which tests were asked; low half: their answers. One volatile long so that a reader never
   * sees an "asked" bit without its answer; two threads answering at once may drop each other's bits, which
   * only means a test is asked again.
   */
  private volatile long answers;

  WordInfo(String text, List<CliticSplit> splits, int openerBits, boolean inVocabulary, Object[][] starts) {
    this.text = text;
    this.starts = starts;
    this.splits = splits;
    this.openerBits = openerBits;
    this.inVocabulary = inVocabulary;
  }

  /** The entry points of the trie with opener bit {@code 1 << trie} for this word (see PhraseTrie.starts). */
  public Object[] starts(int trie) {
    return starts[trie];
  }

  /** Whether the word as written is a word of some lexicon phrase. */
  public boolean inVocabulary() {
    return inVocabulary;
  }

  public String text() {
    return text;
  }

  /** The readings of an Arabic word, unsplit first; null for other scripts. */
  public List<CliticSplit> splits() {
    return splits;
  }

  /** The tries that have a phrase opening with this word under any reading, as {@link LexiconIndex} bits. */
  public int openerBits() {
    return openerBits;
  }

  /** The tests answered so far, as {@link WordTest#answerIn} reads them. */
  public long answers() {
    return answers;
  }

  public boolean is(WordTest test) {
    long a = answers;
    long asked = 1L << (WordTest.LIMIT + test.bit());
    long yes = 1L << test.bit();
    if ((a & asked) != 0) {
      return (a & yes) != 0;
    }
    boolean answer = test.answer(this);
    answers = a | asked | (answer ? yes : 0L);
    return answer;
  }
}
