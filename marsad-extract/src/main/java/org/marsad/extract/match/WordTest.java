package org.marsad.extract.match;

import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import org.marsad.extract.ExtractException;
import org.marsad.text.CliticSplit;

/**
 * A yes/no question the finders ask of many tokens ("is it a number word?", "can it open a time
 * expression?"). Reports repeat their vocabulary, so each distinct word answers once and {@link WordInfo}
 * remembers the answer; a token then costs one bit test instead of a chain of string comparisons.
 *
 * <p>Tests are created once, as constants; each takes one of {@link #LIMIT} bits.
 */
public final class WordTest {
  /** How many tests a word can remember: half of a long holds the answers, the other half whether asked. */
  public static final int LIMIT = 32;
  private static final AtomicInteger NEXT = new AtomicInteger();

  private final String name;
  private final int bit;
  private final Predicate<String> test;
  private final boolean anyReading;

  private WordTest(String name, Predicate<String> test, boolean anyReading) {
    this.name = name;
    this.bit = NEXT.getAndIncrement();
    if (bit >= LIMIT) {
      throw new ExtractException("too many word tests: " + name + " would be number " + (bit + 1)
          + ", the limit is " + LIMIT);
    }
    this.test = test;
    this.anyReading = anyReading;
  }

  /** Asks about the folded word as written. */
  public static WordTest exact(String name, Predicate<String> test) {
    return new WordTest(name, test, false);
  }

  /** Asks about the folded word as written and, for Arabic, each of its clitic-free stems ("وقبل" → "قبل"). */
  public static WordTest anyReading(String name, Predicate<String> test) {
    return new WordTest(name, test, true);
  }

  /** Whether the word is one of {@code words} (all folded). */
  public static WordTest in(String name, Set<String> words) {
    return exact(name, words::contains);
  }

  int bit() {
    return bit;
  }

  /**
   * This test's answer in a set of answers ({@link WordInfo#answers}): 1 for yes, 0 for no, -1 when the set
   * does not hold it yet. Lets a report keep its tokens' answers in one array instead of visiting each word.
   */
  public int answerIn(long answers) {
    if ((answers & (1L << (LIMIT + bit))) == 0) {
      return -1;
    }
    return (answers & (1L << bit)) != 0 ? 1 : 0;
  }

  /** {@code answers} with this test's answer added. */
  public long withAnswer(long answers, boolean yes) {
    return answers | (1L << (LIMIT + bit)) | (yes ? 1L << bit : 0L);
  }

  boolean answer(WordInfo word) {
    if (!anyReading || word.splits() == null) {
      return test.test(word.text());
    }
    for (CliticSplit s : word.splits()) {
      if (test.test(s.stem())) {
        return true;
      }
    }
    return false;
  }

  @Override
  public String toString() {
    return "WordTest[" + name + "]";
  }
}
