package org.marsad.kb.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class QueryTextTest {

  @Test
  void wordsAreSplitOnWhitespace() {
    assertThat(QueryText.parse("  هجوم\tKidal  ")).containsExactly(
        new QueryText.Part("هجوم", false), new QueryText.Part("Kidal", false));
  }

  @Test
  void doubleQuotesMakeAPhrase() {
    assertThat(QueryText.parse("attaque \"armée malienne\"")).containsExactly(
        new QueryText.Part("attaque", false), new QueryText.Part("armée malienne", true));
  }

  @Test
  void guillemetsMakeAPhraseToo() {
    assertThat(QueryText.parse("«armée malienne»")).containsExactly(new QueryText.Part("armée malienne", true));
  }

  @Test
  void anUnmatchedQuoteIsPlainText() {
    assertThat(QueryText.parse("\"Kidal Gao")).containsExactly(
        new QueryText.Part("\"Kidal", false), new QueryText.Part("Gao", false));
  }

  @Test
  void operatorsOfOtherSearchEnginesArePlainText() {
    assertThat(QueryText.parse("title:x* AND -y~2")).extracting(QueryText.Part::text)
        .containsExactly("title:x*", "AND", "-y~2");
  }

  @Test
  void partsBeyondTheLimitAreIgnored() {
    String many = "w ".repeat(QueryText.MAX_PARTS + 5);
    assertThat(QueryText.parse(many)).hasSize(QueryText.MAX_PARTS);
  }

  @Test
  void anEmptyPhraseIsNoPart() {
    assertThat(QueryText.parse("\"\" \"  \"")).isEqualTo(List.of());
  }
}
