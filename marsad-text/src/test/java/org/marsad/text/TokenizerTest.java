package org.marsad.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TokenizerTest {

  /** Tokens of the folded text; the vocabulary words are given folded. */
  private static List<Token> tokens(String text, String... foldedVocabulary) {
    String folded = TextNormalizer.get().fold(text);
    return new Tokenizer(Vocabulary.of(Set.of(foldedVocabulary))).tokenize(folded);
  }

  private static List<String> texts(String text, String... foldedVocabulary) {
    return tokens(text, foldedVocabulary).stream().map(Token::text).toList();
  }

  @Test
  void testNumberGluedToArabicWord() {
    List<Token> t = tokens("2013ورصدت");
    assertThat(t).extracting(Token::text).containsExactly("2013", "ورصدت");
    assertThat(t).extracting(Token::type).containsExactly(TokenType.NUMBER, TokenType.ARABIC);
  }

  @Test
  void testLatinGluedToArabicWord() {
    List<Token> t = tokens("AQIMوداعش");
    assertThat(t).extracting(Token::text).containsExactly("aqim", "وداعش");
    assertThat(t).extracting(Token::type).containsExactly(TokenType.LATIN, TokenType.ARABIC);
  }

  @Test
  void testPunctuationIsSeparate() {
    List<Token> t = tokens("قال: «نعم»، ثم غادر.");
    assertThat(t).extracting(Token::text).containsExactly("قال", ":", "\"", "نعم", "\"", ",", "ثم", "غادر", ".");
    assertThat(t).filteredOn(tok -> !tok.isWord()).extracting(Token::type).containsOnly(TokenType.PUNCT);
  }

  @Test
  void testRepeatedPunctuationIsOneTokenEach() {
    assertThat(texts("ماذا؟!")).containsExactly("ماذا", "?", "!");
  }

  @Test
  void testGluedSubheadingIsCutAtKnownWord() {
    List<Token> t = tokens("أزوادوتلاحق", "ازواد");
    assertThat(t).extracting(Token::text).containsExactly("ازواد", "وتلاحق");
    assertThat(t).extracting(Token::span).containsExactly(new Span(0, 5), new Span(5, 11));
    assertThat(t).extracting(Token::boundaryBefore).containsExactly(false, true);
  }

  @Test
  void testGluedWordIsNotCutWithEmptyVocabulary() {
    List<Token> t = tokens("أزوادوتلاحق");
    assertThat(t).extracting(Token::text).containsExactly("ازوادوتلاحق");
    assertThat(t.get(0).boundaryBefore()).isFalse();
  }

  @Test
  void testKnownLongWordIsNeverCut() {
    // Without its own entry, "الاسلاموفوبيا" would read as "الاسلام" glued to "وفوبيا".
    assertThat(texts("الإسلاموفوبيا", "الاسلام", "الاسلاموفوبيا")).containsExactly("الاسلاموفوبيا");
  }

  @Test
  void testWhiteSpaceAndLineBreaksSeparate() {
    assertThat(texts("غاو\nكيدال\tتمبكتو\u00A0ميناكا")).containsExactly("غاو", "كيدال", "تمبكتو", "ميناكا");
  }

  @Test
  void testEmojiIsOneToken() {
    List<Token> t = tokens("😀");
    assertThat(t).singleElement().satisfies(tok -> {
      assertThat(tok.span()).isEqualTo(new Span(0, 2));
      assertThat(tok.type()).isEqualTo(TokenType.OTHER);
    });
  }

  @Test
  void testEmpty() {
    assertThat(tokens("")).isEmpty();
    assertThat(tokens(" \n ")).isEmpty();
  }
}
