package org.marsad.kb.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A page of hits out of many matches: the best first on every page, and the total exact with or without facets. */
class TopHitsTest {
  private static final int REPORTS = 3_000;
  private final ReportIndex index = ReportIndex.inMemory();

  @BeforeEach
  void addReports() {
    for (int i = 1; i <= REPORTS; i++) {
      // "هجوم" once to four times, so scores differ
      index.add(TestReports.report(i).text("هجوم ".repeat(1 + i % 4) + "رقم " + i).groups("JNIM").build());
    }
  }

  @AfterEach
  void close() {
    index.close();
  }

  @Test
  void theTotalIsExactBesideAPageOfTen() {
    SearchResult page = index.search(SearchQuery.builder().text("هجوم").page(20, 10).build());
    assertThat(page.totalHits()).isEqualTo(REPORTS);
    assertThat(page.hits()).hasSize(10);
    assertThat(page.facet(FacetDim.GROUP)).containsExactly(new FacetCount("JNIM", REPORTS));
  }

  @Test
  void theTotalIsExactWithoutFacets() {
    SearchResult page = index.search(SearchQuery.builder().text("هجوم").facetLimit(0).build());
    assertThat(page.totalHits()).isEqualTo(REPORTS);
    assertThat(page.facets().values()).allSatisfy(values -> assertThat(values).isEmpty());
  }

  @Test
  void theMostFrequentMentionsComeFirstInEveryPage() {
    List<Long> first = ids(index.search(SearchQuery.builder().text("هجوم").page(0, 5).build()));
    List<Long> wide = ids(index.search(SearchQuery.builder().text("هجوم").page(0, 50).build()));
    assertThat(wide.subList(0, 5)).isEqualTo(first);
    // four mentions: report numbers 3, 7, 11, ... (i % 4 == 3)
    assertThat(wide).allSatisfy(id -> assertThat(id % 4).isEqualTo(3));
  }

  private static List<Long> ids(SearchResult result) {
    return result.hits().stream().map(Hit::reportId).toList();
  }
}
