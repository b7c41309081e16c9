package org.marsad.kb.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

/** An entity's reach, read from the index postings. */
class ReachTest {
  @Test
  void countsReportsAndMentionsOfOneEntity() {
    try (ReportIndex index = ReportIndex.inMemory()) {
      index.add(TestReports.report(1).text("a").mentions(7, 3).mentions(8, 1).build());
      index.add(TestReports.report(2).text("b").mentions(7, 2).build());
      index.add(TestReports.report(3).text("c").mentions(8, 5).build());
      assertThat(index.reach(List.of(7L))).isEqualTo(new Reach(2, 5));
      assertThat(index.reach(List.of(8L))).isEqualTo(new Reach(2, 6));
      assertThat(index.reach(List.of(9L))).isEqualTo(new Reach(0, 0));
    }
  }

  @Test
  void aReportNamingTwoMergedEntitiesCountsOnceButAllItsMentionsCount() {
    try (ReportIndex index = ReportIndex.inMemory()) {
      index.add(TestReports.report(1).text("a").mentions(7, 3).mentions(8, 1).build());
      index.add(TestReports.report(2).text("b").mentions(8, 2).build());
      assertThat(index.reach(List.of(7L, 8L))).isEqualTo(new Reach(2, 6));
    }
  }

  @Test
  void aReportIndexedAgainIsCountedWithItsNewMentionsOnly() {
    try (ReportIndex index = ReportIndex.inMemory()) {
      index.add(TestReports.report(1).text("a").mentions(7, 3).build());
      index.commit();
      index.add(TestReports.report(1).text("a").mentions(7, 1).build());
      index.delete(5);
      assertThat(index.reach(List.of(7L))).isEqualTo(new Reach(1, 1));
      index.delete(1);
      assertThat(index.reach(List.of(7L))).isEqualTo(new Reach(0, 0));
    }
  }

  @Test
  void aMentionCountBelowOneIsRejectedNamingTheReport() {
    assertThatThrownBy(() -> TestReports.report(4).text("a").mentions(7, 0).build())
        .isInstanceOf(SearchException.class).hasMessageContaining("report 4").hasMessageContaining("7=0");
  }

  /** Whatever the reports, the index agrees with counting them one by one. */
  @Property(tries = 60)
  void agreesWithCountingByHand(@ForAll @Size(max = 12) List<@Size(max = 4) Map<@IntRange(min = 1, max = 6) Integer,
      @IntRange(min = 1, max = 50) Integer>> reports, @ForAll @IntRange(min = 1, max = 6) int a,
      @ForAll @IntRange(min = 1, max = 6) int b) {
    try (ReportIndex index = ReportIndex.inMemory()) {
      int expectedReports = 0;
      long expectedMentions = 0;
      for (int i = 0; i < reports.size(); i++) {
        TestReports r = TestReports.report(i + 1).text("r" + i);
        reports.get(i).forEach((id, n) -> r.mentions(id, n));
        index.add(r.build());
        Map<Integer, Integer> m = reports.get(i);
        if (m.containsKey(a) || m.containsKey(b)) {
          expectedReports++;
        }
        expectedMentions += m.getOrDefault(a, 0) + (a == b ? 0 : m.getOrDefault(b, 0));
      }
      List<Long> ids = a == b ? List.of((long) a) : List.of((long) a, (long) b);
      assertThat(index.reach(ids)).isEqualTo(new Reach(expectedReports, expectedMentions));
    }
  }
}
