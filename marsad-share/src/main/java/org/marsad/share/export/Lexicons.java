package org.marsad.share.export;

import java.util.Optional;
import org.marsad.extract.lexicon.Lexicon;

/** Adapts the extractor's lexicon to what an export asks of it. */
public final class Lexicons {

  private Lexicons() {
  }

  /** A place's country from the lexicon: ids are "place/ID", and a region spanning countries names none. */
  public static Countries countries(Lexicon lexicon) {
    return lexiconId -> {
      if (!lexiconId.startsWith("place/")) {
        return Optional.empty();
      }
      return lexicon.place(lexiconId.substring("place/".length()))
          .filter(p -> p.country().size() == 1)
          .map(p -> p.country().get(0));
    };
  }
}
