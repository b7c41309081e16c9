package org.marsad.kb.gazetteer;

import java.util.List;
import java.util.Objects;

/**
 * One row of a GeoNames dump, reduced to what the gazetteer import needs. The untagged alternate names are split
 * by script; names in any other script (Cyrillic, CJK, Greek, mixed) are not kept. Strings are never null: an
 * absent value is "".
 */
public record GeoNamesRecord(long id, String name, String asciiName, List<String> arabicNames,
                             List<String> latinNames, double lat, double lon, String featureClass,
                             String featureCode, String countryCode, String admin1, long population) {

  public GeoNamesRecord {
    if (id <= 0) {
      throw new IllegalArgumentException("geonameid must be positive: " + id);
    }
    if (!(lat >= -90 && lat <= 90) || !(lon >= -180 && lon <= 180)) {
      throw new IllegalArgumentException("coordinates out of range for " + id + ": " + lat + ", " + lon);
    }
    if (population < 0) {
      throw new IllegalArgumentException("negative population for " + id + ": " + population);
    }
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(asciiName, "asciiName");
    Objects.requireNonNull(featureClass, "featureClass");
    Objects.requireNonNull(featureCode, "featureCode");
    Objects.requireNonNull(countryCode, "countryCode");
    Objects.requireNonNull(admin1, "admin1");
    arabicNames = List.copyOf(arabicNames);
    latinNames = List.copyOf(latinNames);
  }
}
