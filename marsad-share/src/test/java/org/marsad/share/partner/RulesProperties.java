package org.marsad.share.partner;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
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
    return new Labels(tlp, "relationship", types, sources);
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
    assertThat(r.allows(fact(Tlp.CLEAR, Set.of(), Set.of("X", "Y")))).isTrue();
    assertThat(r.allows(fact(Tlp.CLEAR, Set.of(), Set.of()))).isTrue();
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
