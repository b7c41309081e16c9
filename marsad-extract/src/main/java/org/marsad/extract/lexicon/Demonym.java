package org.marsad.extract.lexicon;

import java.util.List;

/** The nationality adjectives of a place in one Latin-script language ("malienne", "Malian"). */
public record Demonym(String placeId, String lang, List<String> forms) {

  public Demonym {
    forms = List.copyOf(forms);
  }
}
