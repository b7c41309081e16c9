package org.marsad.kb.gazetteer;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * Rows in the extractor's places.tsv format. Coordinates keep five decimals (about a metre), the precision
 * GeoNames publishes. The Arabic and English name columns are required by the loader: a place with no usable
 * Arabic name shows its Latin name there, and the other way round, rather than a guessed transliteration that
 * news would not spell the same way.
 */
final class PlacesTsv {
  static final List<String> COLUMNS = List.of("id", "kind", "name_en", "name_fr", "name_ar", "aliases",
      "adjectives_ar", "country", "lat", "lon", "geonameid");
  static final String MARKER = "# Written by marsad gazetteer import";

  private PlacesTsv() {
  }

  static List<String> preamble(String sourceName) {
    return List.of(MARKER + " from " + sourceName.replaceAll("[\\r\\n]", " ")
            + "; do not edit: the next import replaces this file whole.",
        "# Place names and coordinates: GeoNames (https://www.geonames.org), CC BY 4.0.",
        String.join("\t", COLUMNS));
  }

  static String row(String id, GeoNamesRecord r, PlaceNames.Chosen names) {
    List<String> latin = names.latin();
    List<String> arabic = names.arabic();
    String en = latin.isEmpty() ? arabic.get(0) : latin.get(0);
    String ar = arabic.isEmpty() ? latin.get(0) : arabic.get(0);
    List<String> aliases = new ArrayList<>();
    aliases.addAll(latin.subList(Math.min(1, latin.size()), latin.size()));
    aliases.addAll(arabic.subList(Math.min(1, arabic.size()), arabic.size()));
    return String.join("\t", id, kind(r), en, "", ar, String.join("|", aliases), "", r.countryCode(),
        coordinate(r.lat()), coordinate(r.lon()), Long.toString(r.id()));
  }

  /** The extractor's kinds; towns and villages by administrative rank and population. */
  static String kind(GeoNamesRecord r) {
    String code = r.featureCode();
    switch (r.featureClass()) {
      case "P":
        if (code.equals("PPLC") || code.equals("PPLA") || r.population() >= 100_000) {
          return "CITY";
        }
        return code.startsWith("PPLA") || r.population() >= 5_000 ? "TOWN" : "VILLAGE";
      case "A":
        return "REGION";
      case "T":
        return List.of("DSRT", "ERG", "HMDA").contains(code) ? "DESERT"
            : List.of("MT", "MTS", "PK", "PKS", "HLL", "HLLS", "RDGE", "PLAT", "MSA").contains(code) ? "MOUNTAIN"
            : "OTHER";
      case "H":
        return code.startsWith("LK") ? "LAKE" : code.startsWith("STM") || code.startsWith("WAD") ? "RIVER" : "OTHER";
      case "V":
        return code.startsWith("FRST") ? "FOREST" : "OTHER";
      default:
        return "OTHER";
    }
  }

  static String coordinate(double degrees) {
    return BigDecimal.valueOf(degrees).setScale(5, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
  }
}
