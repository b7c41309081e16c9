package org.marsad.kb.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.marsad.kb.search.ReportAnalyzer.Mode.INDEX;
import static org.marsad.kb.search.ReportAnalyzer.Mode.QUERY_KEYS;
import static org.marsad.kb.search.ReportAnalyzer.Mode.QUERY_WORDS;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Rules of the analysis chain, one per test, in the manner of Lucene's TestArabicAnalyzer. */
class ReportAnalyzerTest {

  @ParameterizedTest
  @ValueSource(strings = {"وداعش", "فداعش", "بداعش", "لداعش", "وبداعش", "ولداعش", "فلداعش"})
  void conjunctionAndPrepositionProcliticsAreStrippedToTheStem(String form) {
    assertThat(AnalyzedTokens.words(INDEX, form)).startsWith(form).contains("داعش");
  }

  @ParameterizedTest
  @ValueSource(strings = {"الجيش", "والجيش", "بالجيش", "فالجيش", "وبالجيش", "كالجيش", "للجيش"})
  void theIndexAlsoKeepsEachStemWithoutItsArticle(String form) {
    assertThat(AnalyzedTokens.words(INDEX, form)).contains("الجيش", "جيش");
  }

  @Test
  void lamLamGetsTheElidedAlefOfTheArticleBack() {
    assertThat(AnalyzedTokens.words(INDEX, "للأمن")).contains("الامن");
  }

  @Test
  void stemsAreStackedOnTheWrittenWordWithItsOffsets() {
    List<AnalyzedTokens.Tok> tokens = AnalyzedTokens.of(INDEX, "هجوم لداعش");
    assertThat(tokens).filteredOn(t -> !MatchKeys.isKey(t.term()))
        .extracting(AnalyzedTokens.Tok::term, AnalyzedTokens.Tok::positionIncrement,
            AnalyzedTokens.Tok::start, AnalyzedTokens.Tok::end)
        .containsExactly(tuple("هجوم", 1, 0, 4), tuple("لداعش", 1, 5, 10), tuple("داعش", 0, 5, 10));
  }

  @ParameterizedTest
  @ValueSource(strings = {"مالي", "ومالي", "لمالي", "بمالي", "المالي"})
  void maliIsNeverReducedToTheWordForMoney(String form) {
    assertThat(AnalyzedTokens.words(INDEX, form)).doesNotContain("مال").contains(form);
  }

  @Test
  void maliWithProcliticsKeepsMaliAsItsStem() {
    assertThat(AnalyzedTokens.words(INDEX, "ومالي لمالي")).containsSubsequence("ومالي", "مالي", "لمالي", "مالي");
  }

  @Test
  void suffixesAreNeverStripped() {
    assertThat(AnalyzedTokens.words(INDEX, "المسلحين")).containsExactlyInAnyOrder("المسلحين", "مسلحين");
  }

  @Test
  void kafIsOnlyAProcliticBeforeTheArticle() {
    assertThat(AnalyzedTokens.words(INDEX, "كبير")).containsExactly("كبير");
  }

  @Test
  void queriesKeepTheArticleTheUserTyped() {
    assertThat(AnalyzedTokens.words(QUERY_WORDS, "الجيش")).containsExactly("الجيش");
  }

  @Test
  void queriesStillReadTheirProclitics() {
    assertThat(AnalyzedTokens.words(QUERY_WORDS, "وبالجيش")).containsExactly("وبالجيش", "بالجيش", "الجيش");
  }

  @Test
  void alefAndHamzaFormsFoldToBareAlef() {
    assertThat(AnalyzedTokens.words(QUERY_WORDS, "أمن إمن آمن")).containsExactly("امن", "امن", "امن");
  }

  @Test
  void alefMaksuraFoldsToYehAndTehMarbutaToHeh() {
    assertThat(AnalyzedTokens.words(QUERY_WORDS, "مصطفى الشرطة")).containsExactly("مصطفي", "الشرطه");
  }

  @Test
  void harakatAndTatweelAreDropped() {
    assertThat(AnalyzedTokens.words(QUERY_WORDS, "كِيدَال هجـــوم")).containsExactly("كيدال", "هجوم");
  }

  @Test
  void arabicIndicDigitsBecomeAsciiDigits() {
    assertThat(AnalyzedTokens.words(QUERY_WORDS, "٢٠٢٤")).containsExactly("2024");
  }

  @Test
  void maghrebiGafIsSpelledWithQaf() {
    assertThat(AnalyzedTokens.words(QUERY_WORDS, "ورڤلة")).first().isEqualTo("ورقله");
  }

  @Test
  void offsetsPointIntoTheOriginalTextDespiteMarksTatweelAndBidiControls() {
    String text = "هُجُـــوم على \u200Fكِيدَال\u200F أمس";
    List<AnalyzedTokens.Tok> words = AnalyzedTokens.of(INDEX, text).stream()
        .filter(t -> t.positionIncrement() > 0).toList();
    assertThat(words).extracting(AnalyzedTokens.Tok::term).containsExactly("هجوم", "علي", "كيدال", "امس");
    for (AnalyzedTokens.Tok t : words) {
      assertThat(TermFolder.fold(text.substring(t.start(), t.end()))).isEqualTo(t.term());
    }
    assertThat(words.get(0).start()).isEqualTo(0);
    assertThat(words.get(2).start()).isEqualTo(text.indexOf("كِيدَال"));
    assertThat(words.get(3).start()).isEqualTo(text.indexOf("أمس"));
  }

  @Test
  void latinWordsAreLowerCasedAndLoseTheirAccents() {
    assertThat(AnalyzedTokens.words(QUERY_WORDS, "Ménaka TILLABÉRI")).containsExactly("menaka", "tillaberi");
  }

  @Test
  void frenchElidedArticlesAreRemovedWhileOffsetsCoverTheWrittenWord() {
    List<AnalyzedTokens.Tok> tokens = AnalyzedTokens.of(QUERY_WORDS, "l'armée d’Ansongo");
    assertThat(tokens).extracting(AnalyzedTokens.Tok::term).containsExactly("armee", "ansongo");
    assertThat(tokens.get(0).start()).isEqualTo(0);
    assertThat(tokens.get(0).end()).isEqualTo("l'armée".length());
  }

  @Test
  void theIndexStacksTheKeyOfEachWordMarkedWithItsScript() {
    assertThat(AnalyzedTokens.terms(INDEX, "كيدال")).contains(MatchKeys.FROM_ARABIC + "kdl");
    assertThat(AnalyzedTokens.terms(INDEX, "Kidal")).containsExactly("kidal", MatchKeys.FROM_LATIN + "kdl");
  }

  @Test
  void queryKeysAreMarkedWithTheOtherScript() {
    assertThat(AnalyzedTokens.terms(QUERY_KEYS, "Kidal")).containsExactly(MatchKeys.FROM_ARABIC + "kdl");
    assertThat(AnalyzedTokens.terms(QUERY_KEYS, "كيدال")).containsExactly(MatchKeys.FROM_LATIN + "kdl");
  }

  @Test
  void queryKeysSkipWordsWithoutConsonantsButKeepTheirPositions() {
    List<AnalyzedTokens.Tok> tokens = AnalyzedTokens.of(QUERY_KEYS, "Ag 2024 Ghaly");
    assertThat(tokens).extracting(AnalyzedTokens.Tok::term)
        .containsExactly(MatchKeys.FROM_ARABIC + "k", MatchKeys.FROM_ARABIC + "kl");
    assertThat(tokens.get(1).positionIncrement()).isEqualTo(2);
  }

  @Test
  void aTokenThatFoldsToNothingIsDropped() {
    assertThat(AnalyzedTokens.terms(INDEX, "ـــ")).isEmpty();
  }

  @Test
  void aColonSeparatesWordsWithoutMovingOffsets() {
    assertThat(AnalyzedTokens.of(QUERY_WORDS, "خبر:الجيش")).extracting(AnalyzedTokens.Tok::term,
        AnalyzedTokens.Tok::start).containsExactly(tuple("خبر", 0), tuple("الجيش", 4));
  }

  @ParameterizedTest
  @ValueSource(strings = {"INDEX", "QUERY_WORDS", "QUERY_KEYS"})
  void aWordSeenBeforeIsAnalysedExactlyAsTheFirstTime(String mode) {
    // words that fold (hamza, harakat, case, accents), take proclitics and have keys, each written twice
    String once = "الأوّل عبدُ القادر، وبالجيش لداعش Kidal Ménaka AQIM مالي";
    List<AnalyzedTokens.Tok> first = AnalyzedTokens.of(ReportAnalyzer.Mode.valueOf(mode), once);
    try (ReportAnalyzer analyzer = new ReportAnalyzer(ReportAnalyzer.Mode.valueOf(mode))) {
      assertThat(AnalyzedTokens.of(analyzer, once)).isEqualTo(first);
      assertThat(AnalyzedTokens.of(analyzer, once)).as("the same analyzer again").isEqualTo(first);
      List<AnalyzedTokens.Tok> twice = AnalyzedTokens.of(analyzer, once + " " + once);
      int shift = once.length() + 1;
      assertThat(twice.subList(first.size(), twice.size()))
          .extracting(AnalyzedTokens.Tok::term, t -> t.start() - shift, t -> t.end() - shift)
          .containsExactlyElementsOf(first.stream().map(t -> tuple(t.term(), t.start(), t.end())).toList());
    }
  }
}
