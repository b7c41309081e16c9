package org.marsad.extract.lexicon;

import java.util.List;

/** An Arabic given name and its French and English press spellings. */
public record GivenName(String nameAr, List<String> latin) {

  public GivenName {
    latin = List.copyOf(latin);
  }
}
