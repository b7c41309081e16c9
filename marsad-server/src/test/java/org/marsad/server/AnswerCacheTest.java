package org.marsad.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class AnswerCacheTest {
  private static byte[] bytes(int n) {
    return new byte[n];
  }

  @Test
  void anAnswerIsServedOnlyForTheVersionItWasComputedAt() {
    AnswerCache cache = new AnswerCache(1000);
    cache.put("/api/entities/JNIM?", "7/3", "{\"reports\":3}".getBytes(StandardCharsets.UTF_8));
    assertThat(cache.get("/api/entities/JNIM?", "7/3")).hasValueSatisfying(b ->
        assertThat(new String(b, StandardCharsets.UTF_8)).isEqualTo("{\"reports\":3}"));
    assertThat(cache.get("/api/entities/JNIM?", "8/3")).isEmpty();
    assertThat(cache.get("/api/entities/JNIM?", "7/3")).as("a stale entry is dropped").isEmpty();
    assertThat(cache.usedBytes()).isZero();
  }

  @Test
  void theLeastRecentlyUsedAnswersGoFirstWhenTheBudgetIsSpent() {
    AnswerCache cache = new AnswerCache(800);
    cache.put("a", "v", bytes(100));
    cache.put("b", "v", bytes(100));
    cache.put("c", "v", bytes(100));
    cache.get("a", "v");
    for (int i = 0; i < 6; i++) {
      cache.put("x" + i, "v", bytes(100));
    }
    assertThat(cache.usedBytes()).isLessThanOrEqualTo(800);
    assertThat(cache.get("a", "v")).as("used recently").isPresent();
    assertThat(cache.get("b", "v")).as("least recently used").isEmpty();
  }

  @Test
  void anAnswerTooLargeForItsShareIsNotKeptAndAReplacementIsCountedOnce() {
    AnswerCache cache = new AnswerCache(800);
    cache.put("big", "v", bytes(101));
    assertThat(cache.get("big", "v")).isEmpty();
    cache.put("k", "v1", bytes(50));
    cache.put("k", "v2", bytes(70));
    assertThat(cache.usedBytes()).isEqualTo(70);
    assertThat(cache.size()).isEqualTo(1);
  }

  @Test
  void aZeroBudgetKeepsNothingAndANegativeOneIsRefused() {
    AnswerCache off = new AnswerCache(0);
    off.put("k", "v", bytes(1));
    assertThat(off.get("k", "v")).isEmpty();
    assertThatThrownBy(() -> new AnswerCache(-1)).hasMessageContaining("-1");
  }
}
