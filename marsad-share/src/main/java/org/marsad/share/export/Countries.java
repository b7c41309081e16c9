package org.marsad.share.export;

import java.util.Optional;

/** Gives a place's country (ISO 3166-1 alpha-2) from its lexicon id, where the lexicon knows it. */
@FunctionalInterface
public interface Countries {
  Optional<String> of(String lexiconId);
}
