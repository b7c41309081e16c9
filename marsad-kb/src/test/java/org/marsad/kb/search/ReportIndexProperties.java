package org.marsad.kb.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/** Whatever users type and whatever reports contain: no exception, and well-formed answers. */
class ReportIndexProperties {
  private static final String SAMPLE = "أعلنت مصادر أن هجوما لِداعش استهدف قافلة قرب كيدال. "
      + "Des affrontements ont eu lieu près de Ménaka; Ag Ghaly n'a pas réagi.";
  private static ReportIndex index;

  @BeforeContainer
  static void open() {
    index = ReportIndex.inMemory();
    index.add(TestReports.report(1).text(SAMPLE).groups("JNIM").published("2024-05-01").build());
    index.add(TestReports.withText(2, "قتل ثلاثة جنود في كمين بالقرب من غاو."));
  }

  @AfterContainer
  static void close() {
    index.close();
  }

  @Property(tries = 300)
  void anyQueryStringIsAnsweredWithAWellFormedResult(@ForAll("hostileQueries") String query) {
    SearchResult result = index.search(SearchQuery.of(query));
    assertThat(result.totalHits()).isBetween(0L, 2L);
    assertThat((long) result.hits().size()).isLessThanOrEqualTo(result.totalHits());
    for (Hit hit : result.hits()) {
      String text = hit.reportId() == 1 ? SAMPLE : "قتل ثلاثة جنود في كمين بالقرب من غاو.";
      for (Snippet s : hit.snippets()) {
        assertThat(text.substring(s.start(), s.end())).isEqualTo(s.text());
      }
    }
  }

  @Property(tries = 300)
  void analyzerOffsetsLieInsideTheTextAndNeverGoBack(@ForAll("arabicIshText") String text) {
    for (ReportAnalyzer.Mode mode : ReportAnalyzer.Mode.values()) {
      List<AnalyzedTokens.Tok> tokens = AnalyzedTokens.of(mode, text);
      int previousStart = 0;
      for (AnalyzedTokens.Tok t : tokens) {
        assertThat(t.start()).isBetween(previousStart, t.end());
        assertThat(t.end()).isLessThanOrEqualTo(text.length());
        assertThat(t.term()).isNotEmpty();
        previousStart = t.start();
      }
      if (!tokens.isEmpty()) {
        assertThat(tokens.get(0).positionIncrement()).isPositive();
      }
    }
  }

  @Property(tries = 150)
  void anyTextCanBeIndexedSearchedAndHighlighted(@ForAll("arabicIshText") String text,
      @ForAll("arabicIshText") String title) {
    try (ReportIndex scratch = ReportIndex.inMemory()) {
      scratch.add(TestReports.report(9).title(title).text(text).groups(title).build());
      assertThat(scratch.size()).isEqualTo(1);
      SearchResult all = scratch.search(SearchQuery.of(""));
      assertThat(all.totalHits()).isEqualTo(1);
      SearchResult own = scratch.search(SearchQuery.of(text));
      for (Hit hit : own.hits()) {
        for (Snippet s : hit.snippets()) {
          assertThat(text.substring(s.start(), s.end())).isEqualTo(s.text());
          s.highlights().forEach(h -> assertThat(h.end()).isLessThanOrEqualTo(text.length()));
        }
      }
    }
  }

  @Provide
  Arbitrary<String> hostileQueries() {
    Arbitrary<String> syntax = Arbitraries.strings().withChars("\"*:~\\()[]{}^!+-&|?/«»“” \t").ofMaxLength(30);
    Arbitrary<String> words = Arbitraries.of("داعش", "Kidal", "AND", "OR", "NOT", "Ag", "Ghaly", "لل", "ال", "و",
        "\u200F", "ـ", "٢٠٢٤", "text:", "*:*", "ﻻ", "l'", "\uD83D\uDE00");
    Arbitrary<String> mixed = Combinators.combine(words.list().ofMaxSize(8), syntax.list().ofMaxSize(8))
        .as((w, s) -> {
          StringBuilder sb = new StringBuilder();
          for (int i = 0; i < Math.max(w.size(), s.size()); i++) {
            sb.append(i < w.size() ? w.get(i) : "").append(i < s.size() ? s.get(i) : "");
          }
          return sb.toString();
        });
    Arbitrary<String> huge = words.list().ofMinSize(200).ofMaxSize(600).map(l -> String.join(" ", l));
    Arbitrary<String> hugePhrase = huge.map(s -> "\"" + s + "\"");
    return Arbitraries.frequencyOf(
        Tuple.of(4, mixed),
        Tuple.of(2, Arbitraries.strings().ofMaxLength(60)),
        Tuple.of(1, huge),
        Tuple.of(1, hugePhrase));
  }

  @Provide
  Arbitrary<String> arabicIshText() {
    Arbitrary<Character> arabic = Arbitraries.chars().range('\u0600', '\u06FF');
    Arbitrary<Character> special = Arbitraries.of('\u0640', '\u064E', '\u0651', '\u200F', '\u200E', '\u200C',
        '\uFEFF', '\u00AD', ' ', ' ', ' ', '.', ':', '\'', '\u2019', '-', '\n', '\u0663', 'é', 'A', 'g', '\uFEFB',
        '\uFDFA', '\u0152');
    Arbitrary<Character> any = Arbitraries.chars();
    return Arbitraries.frequencyOf(
        Tuple.of(6, arabic),
        Tuple.of(3, special),
        Tuple.of(1, any)).list().ofMaxSize(120)
        .map(chars -> {
          StringBuilder sb = new StringBuilder(chars.size());
          chars.forEach(sb::append);
          return sb.toString();
        });
  }
}
