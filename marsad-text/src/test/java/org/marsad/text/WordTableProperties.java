package org.marsad.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** The shared word table returns the same text a substring would, shares it, and stops growing at its limit. */
class WordTableProperties {
  private static final Vocabulary VOCABULARY = Vocabulary.of(Set.of("ازواد", "الجزائر", "داعش", "كيدال"));

  @Provide
  Arbitrary<String> texts() {
    Arbitrary<String> words = Arbitraries.of("ازواد", "وتلاحق", "الجزائر", "داعش", "للأمن", "ازوادوتلاحق", "Kidal",
        "2015", "«", "\uD800", "😀", "\u200F", ".", "،").list().ofMaxSize(60).map(l -> String.join(" ", l));
    return Arbitraries.oneOf(words, Arbitraries.strings().all().ofMaxLength(200),
        Arbitraries.strings().withCharRange('\u0600', '\u06FF').withChars(' ', '\n').ofMaxLength(200));
  }

  @Property
  void internedTextEqualsTheSliceAndIsShared(@ForAll("texts") String text) {
    WordTable table = new WordTable(1_000);
    char[] chars = text.toCharArray();
    for (int start = 0; start < chars.length; start += 3) {
      int end = Math.min(chars.length, start + 1 + start % 7);
      String first = table.intern(chars, start, end).text();
      assertThat(first).isEqualTo(text.substring(start, end));
      assertThat(table.intern(text.substring(start, end).toCharArray(), 0, end - start).text()).isSameAs(first);
    }
  }

  @Property
  void tokensAreTheSameWithOrWithoutATable(@ForAll("texts") String raw) {
    String folded = TextNormalizer.get().normalize(raw).normalized();
    WordTable table = new WordTable(50);
    List<Token> plain = new Tokenizer(VOCABULARY).tokenize(folded);
    // twice: the second pass reads the glue decisions the first one remembered
    new Tokenizer(VOCABULARY, table).tokenize(folded);
    List<Token> shared = new Tokenizer(VOCABULARY, table).tokenize(folded);
    assertThat(shared).isEqualTo(plain);
  }

  @Test
  void stopsSharingPastItsLimit() {
    WordTable table = new WordTable(2);
    char[] chars = "a b c".toCharArray();
    String a = table.intern(chars, 0, 1).text();
    table.intern(chars, 2, 3);
    String c1 = table.intern(chars, 4, 5).text();
    String c2 = table.intern(chars, 4, 5).text();
    assertThat(table.size()).isEqualTo(2);
    assertThat(c1).isEqualTo("c").isNotSameAs(c2);
    assertThat(table.intern(chars, 0, 1).text()).isSameAs(a);
  }

  @Test
  void sharesNoHugeWordButStillFindsTheOthers() {
    WordTable table = new WordTable(1000);
    char[] huge = "x".repeat(WordTable.MAX_SHARED_LENGTH + 1).toCharArray();
    WordTable.Word first = table.intern(huge, 0, huge.length);
    assertThat(first.text()).hasSize(huge.length).isNotSameAs(table.intern(huge, 0, huge.length).text());
    char[] edge = "y".repeat(WordTable.MAX_SHARED_LENGTH).toCharArray();
    assertThat(table.intern(edge, 0, edge.length).text()).isSameAs(table.intern(edge, 0, edge.length).text());
    assertThat(table.size()).isEqualTo(1);
  }

  @Test
  void manyWordsOutgrowTheFirstArenaAndSlotsAndAreAllFoundAgain() {
    WordTable table = new WordTable(100_000);
    List<String> shared = new ArrayList<>();
    for (int i = 0; i < 20_000; i++) {
      char[] w = ("w" + i).toCharArray();
      shared.add(table.intern(w, 0, w.length).text());
    }
    for (int i = 0; i < 20_000; i++) {
      char[] w = (" w" + i + " ").toCharArray();
      assertThat(table.intern(w, 1, w.length - 1).text()).isSameAs(shared.get(i));
    }
    assertThat(table.size()).isEqualTo(20_000);
  }

  @Test
  void manyThreadsShareOneStringPerWord() throws InterruptedException {
    WordTable table = new WordTable(100_000);
    ConcurrentLinkedQueue<String> seen = new ConcurrentLinkedQueue<>();
    List<Thread> threads = new ArrayList<>();
    for (int t = 0; t < 4; t++) {
      threads.add(new Thread(() -> {
        for (int i = 0; i < 20_000; i++) {
          char[] w = ("w" + (i % 5_000)).toCharArray();
          String s = table.intern(w, 0, w.length).text();
          if (s.equals("w42")) {
            seen.add(s);
          }
        }
      }));
    }
    threads.forEach(Thread::start);
    for (Thread th : threads) {
      th.join();
    }
    assertThat(table.size()).isEqualTo(5_000);
    assertThat(seen).hasSize(16).allSatisfy(s -> assertThat(s).isSameAs(seen.peek()));
  }

  @Test
  void wordsThatDifferOnlyLateOrInLengthAreDistinct() {
    WordTable table = new WordTable(1_000);
    List<String> words = List.of("abcdefgh", "abcdefgi", "abcdefg", "abcdefghi", "abcdefghj", "abcd\u0000", "abcd",
        "\u0627\u0644\u062C\u0632\u0627\u0626\u0631\u064A\u0629");
    List<Integer> ids = new ArrayList<>();
    for (String w : words) {
      ids.add(table.intern(w).id());
    }
    assertThat(ids).doesNotHaveDuplicates().containsExactly(0, 1, 2, 3, 4, 5, 6, 7);
    for (int i = 0; i < words.size(); i++) {
      char[] padded = ("  " + words.get(i) + " ").toCharArray();
      assertThat(table.id(padded, 2, padded.length - 1)).isEqualTo(ids.get(i));
      assertThat(table.text(ids.get(i))).isEqualTo(words.get(i));
    }
  }

  @Test
  void refusesARoomlessTable() {
    assertThatThrownBy(() -> new WordTable(0)).isInstanceOf(TextException.class).hasMessageContaining("0");
  }
}
