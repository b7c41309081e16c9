package org.marsad.kb.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Facet counts, facet filters and the date range, on four reports. */
class FacetSearchTest {
  private final ReportIndex index = ReportIndex.inMemory();

  @BeforeEach
  void addReports() {
    index.add(TestReports.report(1).text("هجوم على قافلة عسكرية قرب كيدال.").published("2023-03-14")
        .source("wakala").groups("JNIM").places("Kidal").eventTypes("ATTACK").build());
    index.add(TestReports.report(2).text("هجوم على نقطة تفتيش في غاو.").published("2023-11-02")
        .source("wakala").groups("JNIM", "ISGS").places("Gao").eventTypes("ATTACK").build());
    index.add(TestReports.report(3).language("fr").text("Enlèvement de deux civils près de Ménaka.")
        .published("2024-01-20").source("journal").groups("ISGS").places("Ménaka").eventTypes("KIDNAPPING")
        .build());
    index.add(TestReports.report(4).text("اجتماع للمجلس البلدي دون تاريخ معروف.").source("journal").build());
  }

  @AfterEach
  void close() {
    index.close();
  }

  private static List<Long> ids(SearchResult result) {
    return result.hits().stream().map(Hit::reportId).sorted().toList();
  }

  @Test
  void facetCountsCoverEveryMatchingReport() {
    SearchResult all = index.search(SearchQuery.of(""));
    assertThat(all.facet(FacetDim.GROUP)).containsExactly(new FacetCount("ISGS", 2), new FacetCount("JNIM", 2));
    assertThat(all.facet(FacetDim.SOURCE)).containsExactly(new FacetCount("journal", 2),
        new FacetCount("wakala", 2));
    assertThat(all.facet(FacetDim.EVENT_TYPE)).containsExactly(new FacetCount("ATTACK", 2),
        new FacetCount("KIDNAPPING", 1));
    assertThat(all.facet(FacetDim.YEAR)).containsExactly(new FacetCount("2023", 2), new FacetCount("2024", 1));
    assertThat(all.facet(FacetDim.MONTH)).hasSize(3);
    assertThat(all.facet(FacetDim.LANGUAGE)).containsExactly(new FacetCount("ar", 3), new FacetCount("fr", 1));
  }

  @Test
  void facetCountsFollowTheTextQuery() {
    SearchResult attacks = index.search(SearchQuery.of("هجوم"));
    assertThat(attacks.totalHits()).isEqualTo(2);
    assertThat(attacks.facet(FacetDim.PLACE)).containsExactly(new FacetCount("Gao", 1), new FacetCount("Kidal", 1));
  }

  @Test
  void everyDimensionIsPresentEvenWithoutValues() {
    SearchResult none = index.search(SearchQuery.of("zzzz"));
    assertThat(none.facets().keySet()).containsExactlyInAnyOrder("group", "person", "place", "eventType", "source",
        "language", "year", "month");
    assertThat(none.facet(FacetDim.PERSON)).isEmpty();
  }

  @Test
  void aFacetFilterNarrowsTheResults() {
    SearchResult result = index.search(SearchQuery.builder().filter(FacetDim.GROUP, "ISGS").build());
    assertThat(ids(result)).containsExactly(2L, 3L);
    assertThat(result.facet(FacetDim.PLACE)).extracting(FacetCount::label).containsExactlyInAnyOrder("Gao",
        "Ménaka");
  }

  @Test
  void valuesOfOneDimensionAreAlternatives() {
    SearchResult result = index.search(SearchQuery.builder().filter(FacetDim.PLACE, "Kidal", "Gao").build());
    assertThat(ids(result)).containsExactly(1L, 2L);
  }

  @Test
  void filtersOfDifferentDimensionsMustAllHold() {
    SearchResult result = index.search(SearchQuery.builder().filter(FacetDim.GROUP, "JNIM")
        .filter(FacetDim.PLACE, "Gao").build());
    assertThat(ids(result)).containsExactly(2L);
  }

  @Test
  void aFacetFilterCombinesWithText() {
    SearchResult result = index.search(SearchQuery.builder().text("هجوم").filter(FacetDim.PLACE, "Kidal").build());
    assertThat(ids(result)).containsExactly(1L);
  }

  @Test
  void theDateRangeIsInclusiveAndDropsUndatedReports() {
    SearchResult result = index.search(SearchQuery.builder().from(LocalDate.parse("2023-11-02"))
        .to(LocalDate.parse("2024-01-20")).build());
    assertThat(ids(result)).containsExactly(2L, 3L);
  }

  @Test
  void anOpenEndedDateRangeHasOnlyAStart() {
    SearchResult result = index.search(SearchQuery.builder().from(LocalDate.parse("2024-01-01")).build());
    assertThat(ids(result)).containsExactly(3L);
  }

  @Test
  void anEmptyQueryListsEveryReportNewestFirstWithUndatedLast() {
    SearchResult result = index.search(SearchQuery.of(""));
    assertThat(result.totalHits()).isEqualTo(4);
    assertThat(result.hits()).extracting(Hit::reportId).containsExactly(3L, 2L, 1L, 4L);
  }

  @Test
  void offsetAndLimitSelectAPageWhileTheTotalCountsAll() {
    SearchResult page = index.search(SearchQuery.builder().page(1, 2).build());
    assertThat(page.totalHits()).isEqualTo(4);
    assertThat(page.hits()).extracting(Hit::reportId).containsExactly(2L, 1L);
  }

  @Test
  void aZeroLimitReturnsOnlyCountsAndFacets() {
    SearchResult counts = index.search(SearchQuery.builder().page(0, 0).build());
    assertThat(counts.hits()).isEmpty();
    assertThat(counts.totalHits()).isEqualTo(4);
    assertThat(counts.facet(FacetDim.GROUP)).isNotEmpty();
  }

  @Test
  void facetLimitCapsValuesPerDimension() {
    SearchResult result = index.search(SearchQuery.builder().facetLimit(1).build());
    assertThat(result.facet(FacetDim.GROUP)).hasSize(1);
  }
}
