package org.marsad.kb.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TermMemoTest {

  @Test
  void aTermIsComputedOnceAndAnsweredFromMemoryAfter() {
    List<String> computed = new ArrayList<>();
    TermMemo<String> memo = new TermMemo<>(t -> {
      computed.add(t);
      return t.toUpperCase(java.util.Locale.ROOT);
    }, 10);
    assertThat(memo.get("kidal")).isEqualTo("KIDAL");
    assertThat(memo.get("kidal")).isEqualTo("KIDAL");
    assertThat(computed).containsExactly("kidal");
  }

  @Test
  void aFullMemoStartsOverAndStillAnswersRight() {
    List<String> computed = new ArrayList<>();
    TermMemo<Integer> memo = new TermMemo<>(t -> {
      computed.add(t);
      return t.length();
    }, 2);
    memo.get("a");
    memo.get("bb");
    assertThat(memo.get("ccc")).isEqualTo(3);
    assertThat(memo.get("a")).isEqualTo(1);
    assertThat(computed).containsExactly("a", "bb", "ccc", "a");
  }

  @Test
  void aLimitBelowOneIsRefusedWithTheValue() {
    assertThatThrownBy(() -> new TermMemo<String>(t -> t, 0)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("0");
  }
}
