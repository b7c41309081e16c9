package org.marsad.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SentenceSplitterTest {

  /** The folded text of each sentence; the vocabulary words are given folded. */
  private static List<String> sentences(String text, String... foldedVocabulary) {
    String folded = TextNormalizer.get().fold(text);
    List<Token> tokens = new Tokenizer(Vocabulary.of(Set.of(foldedVocabulary))).tokenize(folded);
    return SentenceSplitter.split(folded, tokens).stream().map(s -> s.span().cover(folded)).toList();
  }

  @Test
  void testStopWithoutSpace() {
    assertThat(sentences("والقتال.رفعت")).containsExactly("والقتال.", "رفعت");
  }

  @Test
  void testStopFollowedBySpace() {
    assertThat(sentences("قتل جنديان. وأصيب ثالث.")).containsExactly("قتل جنديان.", "واصيب ثالث.");
  }

  @Test
  void testQuestionAndExclamationMarks() {
    assertThat(sentences("من المسؤول؟ لا أحد!")).containsExactly("من المسؤول?", "لا احد!");
  }

  @Test
  void testLatinInitialism() {
    assertThat(sentences("U.S. forces left Gao.")).containsExactly("u.s. forces left gao.");
  }

  @Test
  void testDecimalNumber() {
    assertThat(sentences("ارتفع العدد 3.5 مرات")).containsExactly("ارتفع العدد 3.5 مرات");
  }

  @Test
  void testLineBreak() {
    assertThat(sentences("هجوم في ميناكا\nقتل ثلاثة جنود")).containsExactly("هجوم في ميناكا", "قتل ثلاثه جنود");
  }

  @Test
  void testGluedBoundaryFromTokenizer() {
    assertThat(sentences("أزوادوتلاحق القوات المسلحين", "ازواد"))
        .containsExactly("ازواد", "وتلاحق القوات المسلحين");
  }

  @Test
  void testSentencesListTheirTokens() {
    String folded = "ab cd. ef";
    List<Token> tokens = new Tokenizer(Vocabulary.empty()).tokenize(folded);
    List<SentenceSplitter.Sentence> s = SentenceSplitter.split(folded, tokens);
    assertThat(s).containsExactly(
        new SentenceSplitter.Sentence(new Span(0, 6), 0, 3),
        new SentenceSplitter.Sentence(new Span(7, 9), 3, 4));
  }

  @Test
  void testEmpty() {
    assertThat(sentences("")).isEmpty();
  }
}
