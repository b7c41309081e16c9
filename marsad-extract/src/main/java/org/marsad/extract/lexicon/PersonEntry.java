package org.marsad.extract.lexicon;

import java.util.List;

/** A public figure with kunyas, noms de guerre and affiliations. */
public record PersonEntry(String id, String nameEn, String nameFr, String nameAr, List<String> kunyas,
                          List<String> aliases, List<Affiliation> affiliations, List<String> nationality,
                          String born, String died) {

  public PersonEntry {
    kunyas = List.copyOf(kunyas);
    aliases = List.copyOf(aliases);
    affiliations = List.copyOf(affiliations);
    nationality = List.copyOf(nationality);
  }
}
