package org.marsad.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CodePointsTest {

  @Test
  void bmpTextMapsEachOffsetToItself() {
    CodePoints cp = new CodePoints("مالي");
    assertThat(cp.of(0)).isZero();
    assertThat(cp.of(4)).isEqualTo(4);
  }

  @Test
  void supplementaryCharacterCountsAsOne() {
    String text = "a\uD83D\uDE00b"; // a, an emoji (two UTF-16 units), b
    CodePoints cp = new CodePoints(text);
    assertThat(cp.of(3)).isEqualTo(2);
    assertThat(cp.of(text.length())).isEqualTo(3);
  }
}
