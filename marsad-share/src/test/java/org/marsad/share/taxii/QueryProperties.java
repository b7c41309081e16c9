package org.marsad.share.taxii;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.marsad.share.partner.Labels;
import org.marsad.share.stix.Tlp;

/**
 * The URL parameters of TAXII listing, from any client: each is parsed or refused with a 400 that names it, and
 * paging through any set of rows with any limit returns each chosen row exactly once.
 */
class QueryProperties {

  @Provide
  Arbitrary<String> hostile() {
    return Arbitraries.oneOf(Arbitraries.strings().all().ofMaxLength(60),
        Arbitraries.of("", ",", "first", "last,all", "2026-11-01T00:00:00Z", "2026-13-01T00:00:00Z", "-1", "0",
            "99999999999", "a", "a!!", "relationship--6a1f4d0e-2b3c-4d5e-8f90-a1b2c3d4e5f6", "2.1", "x.y",
            "\u0000", "\uD800", "9999-12-31T23:59:59.999999Z"));
  }

  @Property(tries = 500)
  void anyParameterIsParsedOrRefusedWith400(@ForAll("hostile") String value) {
    for (String name : List.of("added_after", "limit", "next", "match[id]", "match[type]", "match[version]",
        "match[spec_version]", "unknown")) {
      Throwable t = catchThrowable(() -> Query.parse(Map.of(name, List.of(value)), "last"));
      if (t != null) {
        assertThat(t).as(name + "=" + value).isInstanceOf(TaxiiException.class);
        assertThat(((TaxiiException) t).status()).isEqualTo(400);
        assertThat(t.getMessage()).contains(name.equals("unknown") ? "" : name.replaceAll("\\[.*", ""));
      }
    }
  }

  @Property(tries = 200)
  void pagingReturnsEachRowOnce(@ForAll("rows") List<StoredObject> rows, @ForAll("limits") int limit) {
    List<String> seen = new ArrayList<>();
    Optional<Long> next = Optional.empty();
    for (int guard = 0; guard <= rows.size() + 1; guard++) {
      Selection.Page p = Selection.select(rows, new Query(Optional.empty(), limit, next, Set.of(), Set.of(),
          List.of("all"), Set.of()));
      p.rows().forEach(r -> seen.add(r.id() + "@" + r.version()));
      if (!p.more()) {
        break;
      }
      next = Optional.of(p.rows().get(p.rows().size() - 1).added());
    }
    assertThat(seen).containsExactlyElementsOf(rows.stream().map(r -> r.id() + "@" + r.version()).toList());
  }

  @Provide
  Arbitrary<Integer> limits() {
    return Arbitraries.integers().between(1, 12);
  }

  @Provide
  Arbitrary<List<StoredObject>> rows() {
    return Arbitraries.integers().between(0, 40).map(n -> {
      List<StoredObject> out = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        out.add(new StoredObject(1000 + i, ObjectStore.PUBLISHED, "threat-actor--00000000-0000-4000-8000-"
            + String.format("%012d", i % 7), String.format("2026-11-01T00:00:%02d.000Z", i), "2.1",
            new Labels(Tlp.AMBER, "threat-actor", Set.of(), Set.of(), false, Set.of()), false, null));
      }
      return out;
    });
  }

  @Property(tries = 300)
  void anyAcceptHeaderIsJudgedWithoutFailing(@ForAll("hostile") String accept) {
    MediaTypes.accepts(accept);
    MediaTypes.isTaxiiBody(accept);
  }
}
