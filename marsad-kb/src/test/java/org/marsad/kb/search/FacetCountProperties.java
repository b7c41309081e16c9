package org.marsad.kb.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * Facet counts over an index of several segments, some reports indexed again (deleted documents left behind), new
 * values arriving in later segments: the same as counting the reports that match, one by one.
 */
class FacetCountProperties {
  private static final List<String> GROUPS = List.of("AQIM", "ISGS", "JNIM", "جماعة", "داعش");
  private static final List<String> PLACES = List.of("Gao", "Kidal", "غاو");

  /** One report as added: {@code flush} searches right after, which cuts a new segment. */
  record Added(long id, Set<String> groups, Set<String> places, boolean attack, boolean flush) {
  }

  @Property(tries = 80)
  void countsAgreeWithCountingByHand(@ForAll("batches") List<Added> added,
      @ForAll @IntRange(min = 1, max = 6) int facetLimit) {
    try (ReportIndex index = ReportIndex.inMemory()) {
      Map<Long, Added> current = new TreeMap<>();
      for (Added a : added) {
        index.add(TestReports.report(a.id()).text(a.attack() ? "هجوم في المنطقة" : "اجتماع في المنطقة")
            .groups(a.groups().toArray(String[]::new)).places(a.places().toArray(String[]::new)).build());
        current.put(a.id(), a);
        if (a.flush()) {
          index.search(SearchQuery.of("المنطقة"));
        }
      }
      SearchResult attacks = index.search(SearchQuery.builder().text("هجوم").facetLimit(facetLimit).build());
      List<Added> matching = current.values().stream().filter(Added::attack).toList();
      assertThat(attacks.totalHits()).isEqualTo(matching.size());
      assertThat(attacks.facet(FacetDim.GROUP)).isEqualTo(byHand(matching, Added::groups, facetLimit));
      assertThat(attacks.facet(FacetDim.PLACE)).isEqualTo(byHand(matching, Added::places, facetLimit));
    }
  }

  @Provide
  Arbitrary<List<Added>> batches() {
    Arbitrary<Added> one = Combinators.combine(Arbitraries.longs().between(1, 25),
        Arbitraries.of(GROUPS).set().ofMaxSize(3), Arbitraries.of(PLACES).set().ofMaxSize(2),
        Arbitraries.of(true, true, false), Arbitraries.of(true, false, false, false)).as(Added::new);
    return one.list().ofMaxSize(40);
  }

  /** Most frequent first, ties in the order of the labels (all in the Basic Multilingual Plane here). */
  private static List<FacetCount> byHand(List<Added> reports, Function<Added, Set<String>> values, int limit) {
    Map<String, Long> counts = reports.stream().flatMap(r -> values.apply(r).stream())
        .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
    return counts.entrySet().stream()
        .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
        .limit(limit).map(e -> new FacetCount(e.getKey(), e.getValue())).toList();
  }
}
