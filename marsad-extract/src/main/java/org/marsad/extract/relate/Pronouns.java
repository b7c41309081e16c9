package org.marsad.extract.relate;

import java.util.Set;

/** Words that cannot open a source phrase: pronouns and quantifiers ("أي منهما", "هؤلاء", "it"). */
final class Pronouns {
  private static final Set<String> PRONOUNS = Set.of("اي", "هو", "هي", "هم", "هن", "هذا", "هذه", "ذلك", "تلك",
      "هولاء", "احد", "it", "they", "he", "she", "il", "elle", "ils", "on");

  private Pronouns() {
  }

  static boolean startsWithPronoun(String folded) {
    return PRONOUNS.contains(folded);
  }
}
