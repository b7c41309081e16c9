package org.marsad.extract.lexicon;

import java.util.List;
import org.marsad.extract.GeoPoint;

/** A gazetteer place with its names in three languages, Arabic relative adjectives and coordinates. */
public record PlaceEntry(String id, String kind, String nameEn, String nameFr, String nameAr,
                         List<String> aliases, List<String> adjectivesAr, List<String> country, GeoPoint geo) {

  public PlaceEntry {
    aliases = List.copyOf(aliases);
    adjectivesAr = List.copyOf(adjectivesAr);
    country = List.copyOf(country);
  }

  public boolean isCountry() {
    return "COUNTRY".equals(kind);
  }
}
