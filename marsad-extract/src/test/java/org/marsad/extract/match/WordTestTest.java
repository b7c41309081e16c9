package org.marsad.extract.match;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.marsad.text.CliticSplitter;
import org.junit.jupiter.api.Test;

class WordTestTest {
  private static final AtomicInteger ASKED = new AtomicInteger();
  private static final WordTest COUNTED = WordTest.exact("counted", w -> {
    ASKED.incrementAndGet();
    return w.equals("قبل");
  });
  private static final WordTest TIME_WORD = WordTest.anyReading("time word", Set.of("قبل", "منذ")::contains);
  private static final WordTest EXACT_TIME_WORD = WordTest.in("exact time word", Set.of("قبل", "منذ"));

  private static WordInfo arabic(String folded) {
    return new WordInfo(folded, CliticSplitter.candidates(folded), 0, false, new Object[5][]);
  }

  @Test
  void anAnswerIsAskedOncePerWord() {
    WordInfo w = arabic("قبل");
    int before = ASKED.get();
    assertThat(w.is(COUNTED)).isTrue();
    assertThat(w.is(COUNTED)).isTrue();
    assertThat(ASKED.get() - before).isEqualTo(1);
  }

  @Test
  void anyReadingLooksThroughProclitics() {
    WordInfo w = arabic("وقبل");
    assertThat(w.is(TIME_WORD)).isTrue();
    assertThat(w.is(EXACT_TIME_WORD)).isFalse();
  }

  @Test
  void answersOfDifferentTestsDoNotMix() {
    WordInfo w = arabic("منذ");
    assertThat(w.is(COUNTED)).isFalse();
    assertThat(w.is(EXACT_TIME_WORD)).isTrue();
    assertThat(w.is(COUNTED)).isFalse();
    assertThat(w.is(TIME_WORD)).isTrue();
  }

  @Test
  void latinWordsHaveOnlyTheirOwnReading() {
    WordInfo w = new WordInfo("beforehand", null, 0, false, new Object[5][]);
    assertThat(w.is(TIME_WORD)).isFalse();
    assertThat(w.splits()).isNull();
  }
}
