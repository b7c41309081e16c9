package org.marsad.kb.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SearchQueryTest {

  @Test
  void aNegativeLimitIsRejectedWithItsValue() {
    assertThatThrownBy(() -> SearchQuery.builder().page(0, -3).build())
        .isInstanceOf(SearchException.class).hasMessageContaining("limit=-3");
  }

  @Test
  void aPageBeyondTheWindowIsRejected() {
    assertThatThrownBy(() -> SearchQuery.builder().page(SearchQuery.MAX_WINDOW, 1).build())
        .isInstanceOf(SearchException.class).hasMessageContaining("offset=" + SearchQuery.MAX_WINDOW);
  }

  @Test
  void aRangeThatEndsBeforeItStartsIsRejected() {
    assertThatThrownBy(() -> SearchQuery.builder().from(LocalDate.parse("2024-03-01"))
        .to(LocalDate.parse("2024-02-01")).build())
        .isInstanceOf(SearchException.class).hasMessageContaining("2024-03-01").hasMessageContaining("2024-02-01");
  }

  @Test
  void blankFilterValuesAreNoFilter() {
    SearchQuery query = SearchQuery.builder().filter(FacetDim.GROUP, " ", "").build();
    assertThat(query.filters()).isEmpty();
  }

  @Test
  void filtersAreCopied() {
    SearchQuery query = SearchQuery.builder().filter(FacetDim.GROUP, "JNIM").build();
    assertThatThrownBy(() -> query.filters().put(FacetDim.PLACE, Set.of("Gao")))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void aReportWithANullEntityNameIsRejectedNamingTheReport() {
    Set<String> groups = new HashSet<>();
    groups.add(null);
    assertThatThrownBy(() -> new IndexedReport(5, "s", "", "t", "ar", Optional.empty(), "", groups, Set.of(),
        Set.of(), Set.of(), java.util.Map.of())).isInstanceOf(SearchException.class).hasMessageContaining("report 5");
  }
}
