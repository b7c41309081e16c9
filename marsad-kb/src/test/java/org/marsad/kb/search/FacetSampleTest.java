package org.marsad.kb.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Facet counts of a search matching more reports than the sample: estimated, close, capped, repeatable. */
class FacetSampleTest {
  @Test
  void countsOverALargeMatchAreEstimatedCloselyAndRepeatably() {
    int n = ReportSearch.FACET_SAMPLE * 3;
    try (ReportIndex index = ReportIndex.inMemory()) {
      for (int i = 1; i <= n; i++) {
        // every report matches "هجوم"; JNIM on one in two, ISGS on one in five, Katiba Macina on one in 1,000
        TestReports r = TestReports.report(i).text("هجوم رقم " + i);
        if (i % 1000 == 0) {
          r.groups("JNIM", "Katiba Macina");
        } else if (i % 5 == 0) {
          r.groups("ISGS");
        } else if (i % 2 == 0) {
          r.groups("JNIM");
        }
        index.add(r.build());
      }
      SearchResult first = index.search(SearchQuery.of("هجوم"));
      assertThat(first.totalHits()).isEqualTo(n);
      assertThat(first.facetsSampled()).isTrue();
      long exactJnim = 0;
      long exactIsgs = 0;
      for (int i = 1; i <= n; i++) {
        exactJnim += i % 1000 == 0 || (i % 5 != 0 && i % 2 == 0) ? 1 : 0;
        exactIsgs += i % 1000 != 0 && i % 5 == 0 ? 1 : 0;
      }
      assertThat(count(first, "JNIM")).isCloseTo(exactJnim, org.assertj.core.data.Percentage.withPercentage(5));
      assertThat(count(first, "ISGS")).isCloseTo(exactIsgs, org.assertj.core.data.Percentage.withPercentage(8));
      assertThat(first.facet(FacetDim.GROUP)).allSatisfy(c -> assertThat(c.count()).isLessThanOrEqualTo(n));
      assertThat(first.facet(FacetDim.GROUP).get(0).label()).isEqualTo("JNIM");
      assertThat(index.search(SearchQuery.of("هجوم")).facets()).isEqualTo(first.facets());
      // a narrower search is counted exactly again
      SearchResult narrow = index.search(SearchQuery.builder().text("هجوم").filter(FacetDim.GROUP, "Katiba Macina")
          .build());
      assertThat(narrow.facetsSampled()).isFalse();
      assertThat(count(narrow, "Katiba Macina")).isEqualTo(n / 1000);
    }
  }

  private static long count(SearchResult r, String group) {
    return r.facet(FacetDim.GROUP).stream().filter(c -> c.label().equals(group)).mapToLong(FacetCount::count)
        .findFirst().orElse(0);
  }
}
