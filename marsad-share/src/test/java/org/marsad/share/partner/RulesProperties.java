package org.marsad.share.partner;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.marsad.extract.EntityType;
import org.marsad.share.stix.Tlp;

/** Partners' rules: one rule per test, and properties over any labels. */
class RulesProperties {
  private static Labels fact(Tlp tlp, Set<String> types, Set<String> sources) {
    return new Labels(tlp, "relationship", types, sources, true, Set.of());
  }

  /** A fact's view: the sources it keeps (and quotes), and those it leaves out. */
  private static Labels view(Set<String> kept, Set<String> withheld) {
    return new Labels(Tlp.CLEAR, "relationship", Set.of(), kept, true, withheld);
  }

  private static Labels entity(Set<String> namedBy) {
    return new Labels(Tlp.CLEAR, "threat-actor", Set.of("ARMED_GROUP"), namedBy, false, Set.of());
  }

  @Test
  void amberPassesAnAmberCeilingButAmberStrictAndRedDoNot() {
    Rules r = Rules.defaults();
    assertThat(r.allows(fact(Tlp.AMBER, Set.of(), Set.of("A")))).isTrue();
    assertThat(r.allows(fact(Tlp.AMBER_STRICT, Set.of(), Set.of("A")))).isFalse();
    assertThat(r.allows(fact(Tlp.RED, Set.of(), Set.of("A")))).isFalse();
  }

  @Test
  void aFactRestingOnlyOnAnExcludedSourceIsHeldBack() {
    Rules r = new Rules(Tlp.RED, Set.of(), Set.of(), Set.of("X"));
    assertThat(r.allows(fact(Tlp.CLEAR, Set.of(), Set.of("X")))).isFalse();
    assertThat(r.allows(fact(Tlp.CLEAR, Set.of(), Set.of()))).isTrue();
  }

  @Test
  void aFactQuotingAnExcludedSourceIsHeldBackThoughOthersStateItToo() {
    Rules r = new Rules(Tlp.RED, Set.of(), Set.of(), Set.of("X"));
    assertThat(r.allows(fact(Tlp.CLEAR, Set.of(), Set.of("X", "Y")))).isFalse();
    assertThat(r.allows(fact(Tlp.CLEAR, Set.of(), Set.of("Y")))).isTrue();
  }

  @Test
  void anEntityNamedByAnExcludedSourceAndAnotherPasses() {
    Rules r = new Rules(Tlp.RED, Set.of(), Set.of(), Set.of("X"));
    assertThat(r.allows(entity(Set.of("X", "Y")))).isTrue();
    assertThat(r.allows(entity(Set.of("X")))).isFalse();
  }

  @Test
  void aViewGoesToThePartnersExcludingExactlyWhatItLeavesOut() {
    Labels withoutX = view(Set.of("Y"), Set.of("X"));
    assertThat(new Rules(Tlp.RED, Set.of(), Set.of(), Set.of("X")).allows(withoutX)).isTrue();
    assertThat(new Rules(Tlp.RED, Set.of(), Set.of(), Set.of("X", "Z")).allows(withoutX)).isTrue();
    assertThat(Rules.unrestricted().allows(withoutX)).as("it gets the fact itself").isFalse();
    assertThat(new Rules(Tlp.RED, Set.of(), Set.of(), Set.of("X", "Y")).allows(withoutX)).isFalse();
  }

  @Provide
  Arbitrary<Set<String>> sources() {
    return Arbitraries.of("X", "Y", "Z", "W").set().ofMinSize(1).ofMaxSize(4);
  }

  @Provide
  Arbitrary<Set<String>> exclusions() {
    return Arbitraries.of("X", "Y", "Z", "W", "V").set().ofMaxSize(5);
  }

  /**
   * A fact resting on some sources is published as itself and as a view for every proper part of them left out
   * (more than any partner needs); whatever a partner excludes, it gets exactly one of them when a source it does
   * not exclude remains and none otherwise, and what it gets quotes nothing it excludes.
   */
  @Property(tries = 500)
  void aPartnerGetsOneObjectOfAFactAndNothingItExcludes(@ForAll("sources") Set<String> sources,
                                                        @ForAll("exclusions") Set<String> never) {
    Rules r = new Rules(Tlp.RED, Set.of(), Set.of(), never);
    List<Labels> published = new ArrayList<>(List.of(fact(Tlp.CLEAR, Set.of(), sources)));
    List<String> all = List.copyOf(sources);
    for (int mask = 1; mask < (1 << all.size()) - 1; mask++) {
      Set<String> withheld = new TreeSet<>();
      for (int i = 0; i < all.size(); i++) {
        if ((mask & (1 << i)) != 0) {
          withheld.add(all.get(i));
        }
      }
      Set<String> kept = new TreeSet<>(sources);
      kept.removeAll(withheld);
      published.add(view(kept, withheld));
    }
    List<Labels> got = published.stream().filter(r::allows).toList();
    assertThat(got).hasSize(never.containsAll(sources) ? 0 : 1);
    got.forEach(l -> assertThat(l.sources()).noneMatch(never::contains));
  }

  @Test
  void aFactAboutAnEntityTypeNotAllowedIsHeldBack() {
    Rules r = new Rules(Tlp.RED, Set.of(), Set.of(EntityType.ARMED_GROUP), Set.of());
    assertThat(r.allows(fact(Tlp.CLEAR, Set.of("ARMED_GROUP"), Set.of()))).isTrue();
    assertThat(r.allows(fact(Tlp.CLEAR, Set.of("ARMED_GROUP", "PERSON"), Set.of()))).isFalse();
  }

  @Provide
  Arbitrary<Labels> labels() {
    return Combinators.combine(Arbitraries.of(Tlp.class),
        Arbitraries.of("PERSON", "ARMED_GROUP", "LOCATION").set().ofMaxSize(3),
        Arbitraries.of("X", "Y", "Z").set().ofMaxSize(3)).as((t, e, s) -> fact(t, e, s));
  }

  @Property(tries = 500)
  void aHigherCeilingNeverHoldsBackWhatALowerOneLetsThrough(@ForAll("labels") Labels l, @ForAll Tlp low,
                                                           @ForAll Tlp high) {
    Rules lower = new Rules(low.compareTo(high) <= 0 ? low : high, Set.of(), Set.of(), Set.of("X"));
    Rules higher = new Rules(low.compareTo(high) <= 0 ? high : low, Set.of(), Set.of(), Set.of("X"));
    if (lower.allows(l)) {
      assertThat(higher.allows(l)).isTrue();
    }
    if (l.tlp().compareTo(lower.maxTlp()) > 0) {
      assertThat(lower.allows(l)).isFalse();
    }
  }
}
