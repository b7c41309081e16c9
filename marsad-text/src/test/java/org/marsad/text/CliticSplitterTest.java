package org.marsad.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class CliticSplitterTest {

  /** Splits the folded word against a vocabulary of folded words. */
  private static CliticSplit split(String word, String... vocabulary) {
    TextNormalizer normalizer = TextNormalizer.get();
    Set<String> known = Arrays.stream(vocabulary).map(normalizer::fold).collect(Collectors.toUnmodifiableSet());
    return new CliticSplitter(Vocabulary.of(known)).split(normalizer.fold(word));
  }

  private static void assertSplit(CliticSplit split, String prefix, String stem) {
    assertThat(split.prefix()).isEqualTo(prefix);
    assertThat(split.stem()).isEqualTo(stem);
  }

  private static void assertUnsplit(CliticSplit split, String word) {
    assertSplit(split, "", TextNormalizer.get().fold(word));
    assertThat(split.hasPrefix()).isFalse();
    assertThat(split.stemOffset()).isZero();
  }

  @Test
  void testBehBeforeKnownName() {
    CliticSplit s = split("بداعش", "داعش");
    assertSplit(s, "ب", "داعش");
    assertThat(s.stemOffset()).isEqualTo(1);
  }

  @Test
  void testLamBeforeKnownName() {
    assertSplit(split("لداعش", "داعش"), "ل", "داعش");
  }

  @Test
  void testUnknownStemWithoutArticleIsNotSplit() {
    assertUnsplit(split("بداعش"), "بداعش");
  }

  @Test
  void testConjunctionPrepositionAndArticle() {
    CliticSplit s = split("وبالجزائر");
    assertSplit(s, "وب", "الجزائر");
    assertThat(s.stemOffset()).isEqualTo(2);
  }

  @Test
  void testLamLamRestoresArticleAlef() {
    assertThat(TextNormalizer.get().fold("للأمن")).isEqualTo("للامن");
    CliticSplit s = split("للأمن");
    assertSplit(s, "ل", "الامن");
    assertThat(s.stemOffset()).isEqualTo(1);
  }

  @Test
  void testKnownStemAfterLamLamKeepsRestoredAlef() {
    assertSplit(split("للأمن", "الأمن"), "ل", "الامن");
  }

  @Test
  void testKnownWordThatStartsLikeACliticIsNotSplit() {
    // The stems are known too, so only the whole-word check keeps these words whole.
    assertUnsplit(split("بوكو", "بوكو", "وكو", "حرام"), "بوكو");
    assertUnsplit(split("ليبيا", "ليبيا", "يبيا"), "ليبيا");
  }

  @Test
  void testWordThatStartsLikeACliticIsNotSplitWithEmptyVocabulary() {
    assertUnsplit(split("بوكو"), "بوكو");
    assertUnsplit(split("ليبيا"), "ليبيا");
  }

  @Test
  void testArticleProvesBoundaryWithEmptyVocabulary() {
    assertSplit(split("والقتال"), "و", "القتال");
  }

  @Test
  void testKafBeforeBareWordIsNeverAPreposition() {
    assertThat(CliticSplitter.candidates("كبير")).extracting(CliticSplit::stem).doesNotContain("بير");
    assertUnsplit(split("كبير", "بير"), "كبير");
  }

  @Test
  void testKafBeforeArticle() {
    assertSplit(split("كالقاعدة"), "ك", "القاعده");
  }

  @Test
  void testCandidatesStartWithWholeWordAndGrowTheirPrefix() {
    List<CliticSplit> all = CliticSplitter.candidates("وبالجزائر");
    assertThat(all).extracting(CliticSplit::prefix).containsExactly("", "و", "وب");
    assertThat(all).extracting(CliticSplit::stem).containsExactly("وبالجزائر", "بالجزائر", "الجزائر");
  }

  @Test
  void testStemNeedsTwoLetters() {
    assertThat(CliticSplitter.candidates("بل")).hasSize(1);
  }

  @Test
  void testEmpty() {
    assertUnsplit(split(""), "");
  }
}
