package org.marsad.kb.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Upsert, delete, persistence and failures of the index itself. */
class ReportIndexLifecycleTest {

  @Test
  void addingTheSameReportTwiceKeepsOneDocument() {
    try (ReportIndex index = ReportIndex.inMemory()) {
      index.add(TestReports.withText(7, "هجوم على قافلة."));
      index.add(TestReports.withText(7, "هجوم على قافلة."));
      assertThat(index.size()).isEqualTo(1);
    }
  }

  @Test
  void addingAgainReplacesTheText() {
    try (ReportIndex index = ReportIndex.inMemory()) {
      index.add(TestReports.withText(7, "هجوم على قافلة في غاو."));
      index.add(TestReports.withText(7, "هجوم على قافلة في كيدال."));
      assertThat(index.search(SearchQuery.of("غاو")).totalHits()).isZero();
      assertThat(index.search(SearchQuery.of("كيدال")).totalHits()).isEqualTo(1);
    }
  }

  @Test
  void deleteRemovesTheReport() {
    try (ReportIndex index = ReportIndex.inMemory()) {
      index.add(TestReports.withText(1, "هجوم على قافلة."));
      index.add(TestReports.withText(2, "هجوم على سوق."));
      index.delete(1);
      assertThat(index.size()).isEqualTo(1);
      assertThat(index.search(SearchQuery.of("هجوم")).hits()).extracting(Hit::reportId).containsExactly(2L);
    }
  }

  @Test
  void deletingAnUnknownReportChangesNothing() {
    try (ReportIndex index = ReportIndex.inMemory()) {
      index.add(TestReports.withText(1, "هجوم على قافلة."));
      index.delete(99);
      assertThat(index.size()).isEqualTo(1);
    }
  }

  @Test
  void reportsAreSearchableBeforeAnyCommit() {
    try (ReportIndex index = ReportIndex.inMemory()) {
      index.add(TestReports.withText(1, "هجوم على قافلة."));
      assertThat(index.search(SearchQuery.of("قافلة")).totalHits()).isEqualTo(1);
    }
  }

  @Test
  void committedReportsSurviveReopening(@TempDir Path dir) {
    try (ReportIndex index = ReportIndex.open(dir.resolve("index"))) {
      index.add(TestReports.report(1).text("هجوم على قافلة.").groups("JNIM").build());
      index.add(TestReports.withText(2, "هجوم على سوق."));
      index.commit();
    }
    try (ReportIndex index = ReportIndex.open(dir.resolve("index"))) {
      assertThat(index.size()).isEqualTo(2);
      SearchResult result = index.search(SearchQuery.of("قافلة"));
      assertThat(result.hits()).extracting(Hit::reportId).containsExactly(1L);
      assertThat(result.facet(FacetDim.GROUP)).containsExactly(new FacetCount("JNIM", 1));
    }
  }

  @Test
  void anEmptyIndexAnswersWithNothing() {
    try (ReportIndex index = ReportIndex.inMemory()) {
      SearchResult result = index.search(SearchQuery.of("كيدال"));
      assertThat(result.totalHits()).isZero();
      assertThat(result.facet(FacetDim.GROUP)).isEmpty();
    }
  }

  @Test
  void openingAFileAsAnIndexFailsNamingThePath(@TempDir Path dir) throws IOException {
    Path file = Files.writeString(dir.resolve("not-a-directory"), "x");
    assertThatThrownBy(() -> ReportIndex.open(file))
        .isInstanceOf(SearchException.class)
        .hasMessageContaining(file.toAbsolutePath().toString());
  }

  @Test
  void aSecondWriterOnTheSameDirectoryFailsNamingThePath(@TempDir Path dir) {
    try (ReportIndex first = ReportIndex.open(dir)) {
      first.add(TestReports.withText(1, "نص"));
      assertThatThrownBy(() -> ReportIndex.open(dir))
          .isInstanceOf(SearchException.class)
          .hasMessageContaining(dir.toAbsolutePath().toString());
    }
  }

  @Test
  void usingAClosedIndexFailsWithASearchException() {
    ReportIndex index = ReportIndex.inMemory();
    index.close();
    assertThatThrownBy(() -> index.add(TestReports.withText(1, "نص")))
        .isInstanceOf(SearchException.class)
        .hasMessageContaining("closed");
  }

  @Test
  void closingTwiceIsHarmless() {
    ReportIndex index = ReportIndex.inMemory();
    index.close();
    index.close();
    assertThatThrownBy(index::size).isInstanceOf(SearchException.class);
  }
}
