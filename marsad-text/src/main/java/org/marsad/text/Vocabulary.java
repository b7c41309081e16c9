package org.marsad.text;

import java.util.Set;

/** Which folded words are known. The tokenizer asks it before it splits a clitic or repairs glued words. */
@FunctionalInterface
public interface Vocabulary {

  boolean contains(String foldedWord);

  static Vocabulary empty() {
    return w -> false;
  }

  static Vocabulary of(Set<String> foldedWords) {
    Set<String> copy = Set.copyOf(foldedWords);
    return copy::contains;
  }

  default Vocabulary or(Vocabulary other) {
    return w -> contains(w) || other.contains(w);
  }
}
