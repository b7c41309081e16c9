package org.marsad.kb.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Snippets and their highlight ranges, checked against the text the report was indexed with. */
class SnippetTest {
  private final ReportIndex index = ReportIndex.inMemory();

  @AfterEach
  void close() {
    index.close();
  }

  private Hit onlyHit(String query) {
    List<Hit> hits = index.search(SearchQuery.of(query)).hits();
    assertThat(hits).hasSize(1);
    return hits.get(0);
  }

  private static List<String> marked(String text, Hit hit) {
    return hit.snippets().stream().flatMap(s -> s.highlights().stream())
        .map(h -> text.substring(h.start(), h.end())).toList();
  }

  @Test
  void aHighlightCoversTheWrittenCliticFormWithItsHarakat() {
    String text = "قالت مصادر محلية إن هجومًا لِداعِش استهدف قرية نائية فجر اليوم.";
    index.add(TestReports.withText(1, text));
    assertThat(marked(text, onlyHit("داعش"))).containsExactly("لِداعِش");
  }

  @Test
  void theSnippetIsTheReportTextBetweenItsOffsets() {
    String text = "تواصلت المعارك لليوم الثالث. وأفادت مصادر بأن مسلحين هاجموا موقعا في كيدال قبل انسحابهم.";
    index.add(TestReports.withText(1, text));
    Snippet snippet = onlyHit("كيدال").snippets().get(0);
    assertThat(snippet.text()).isEqualTo(text.substring(snippet.start(), snippet.end())).contains("كيدال");
  }

  @Test
  void aCrossScriptMatchIsHighlightedInTheOtherScript() {
    String text = "شهدت مدينة كيدال اشتباكات عنيفة صباح اليوم.";
    index.add(TestReports.withText(1, text));
    assertThat(marked(text, onlyHit("Kidal"))).containsExactly("كيدال");
  }

  @Test
  void everyOccurrenceInThePassageIsHighlighted() {
    String text = "Gao was calm on Monday; by Tuesday gunmen had reached the outskirts of Gao.";
    index.add(TestReports.report(1).language("en").text(text).build());
    assertThat(marked(text, onlyHit("gao"))).containsExactly("Gao", "Gao");
  }

  @Test
  void aPhraseIsHighlightedAsOneRangeAndItsWordsAloneAreNot() {
    String text = "Le convoi de l'armée malienne a été visé. L'armée a riposté, une source malienne l'a confirmé.";
    index.add(TestReports.report(1).language("fr").text(text).build());
    assertThat(marked(text, onlyHit("\"armée malienne\""))).containsExactly("l'armée malienne");
  }

  @Test
  void aLongReportGivesAShortSnippetAroundTheMatch() {
    String filler = "وقالت المصادر إن الوضع بقي هادئا في معظم الأحياء. ".repeat(40);
    String text = filler + "ثم وقع انفجار قرب تيساليت. " + filler;
    index.add(TestReports.withText(1, text));
    Snippet snippet = onlyHit("تيساليت").snippets().get(0);
    assertThat(snippet.text()).contains("تيساليت").hasSizeLessThan(400);
    assertThat(marked(text, onlyHit("تيساليت"))).containsExactly("تيساليت");
  }

  @Test
  void anEmptyQueryGivesTheOpeningOfTheReportUnmarked() {
    String text = "أعلنت السلطات حظر التجول في المدينة.";
    index.add(TestReports.withText(1, text));
    Hit hit = onlyHit("");
    assertThat(hit.snippets()).hasSize(1);
    assertThat(hit.snippets().get(0).text()).isEqualTo(text);
    assertThat(hit.snippets().get(0).highlights()).isEmpty();
  }

  @Test
  void snippetsDoNotStartOrEndWithWhitespace() {
    String text = "\n\n  أعلنت السلطات حظر التجول في المدينة.  \n";
    index.add(TestReports.withText(1, text));
    Snippet snippet = onlyHit("التجول").snippets().get(0);
    assertThat(snippet.text()).isEqualTo("أعلنت السلطات حظر التجول في المدينة.");
    assertThat(snippet.start()).isEqualTo(text.indexOf("أعلنت"));
  }
}
