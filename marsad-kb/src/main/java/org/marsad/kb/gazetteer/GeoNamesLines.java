package org.marsad.kb.gazetteer;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Parses one line of a GeoNames dump. Numbers are checked against strict patterns first, because
 * {@code Double.parseDouble} also accepts "NaN", "Infinity", "0x1p3" and "12d", none of which GeoNames writes.
 */
final class GeoNamesLines {
  static final int COLUMNS = 19;
  private static final Pattern ID = Pattern.compile("\\d{1,18}");
  private static final Pattern DECIMAL = Pattern.compile("[-+]?\\d{1,3}(\\.\\d{1,20})?");
  private static final Pattern COUNT = Pattern.compile("\\d{1,18}");
  private static final Pattern FEATURE_CLASS = Pattern.compile("[A-Z]?");
  private static final Pattern FEATURE_CODE = Pattern.compile("[A-Z0-9]{0,10}");
  private static final Pattern COUNTRY = Pattern.compile("([A-Z]{2})?");

  /** Either a record or the reason the line is not one. */
  record Parsed(GeoNamesRecord record, String problem) {
  }

  private GeoNamesLines() {
  }

  static Parsed parse(String line) {
    if (line.indexOf('\u0000') >= 0) {
      return bad("contains NUL characters (binary data, not text)");
    }
    String[] c = line.split("\t", -1);
    if (c.length != COLUMNS) {
      return bad("has " + c.length + " column" + (c.length == 1 ? "" : "s") + ", expected " + COLUMNS);
    }
    String id = c[0].trim();
    if (!ID.matcher(id).matches() || Long.parseLong(id) == 0) {
      return bad("geonameid '" + id + "' is not a positive integer");
    }
    String name = c[1].trim();
    if (name.isEmpty()) {
      return bad("geonameid " + id + " has an empty name");
    }
    String lat = c[4].trim();
    String lon = c[5].trim();
    if (!inRange(lat, 90)) {
      return bad("latitude '" + lat + "' is not a number in [-90, 90]");
    }
    if (!inRange(lon, 180)) {
      return bad("longitude '" + lon + "' is not a number in [-180, 180]");
    }
    String pop = c[14].trim();
    if (!pop.isEmpty() && !COUNT.matcher(pop).matches()) {
      return bad("population '" + pop + "' is not a non-negative integer");
    }
    String fclass = c[6].trim();
    String fcode = c[7].trim();
    String country = c[8].trim();
    if (!FEATURE_CLASS.matcher(fclass).matches() || !FEATURE_CODE.matcher(fcode).matches()) {
      return bad("feature '" + fclass + "." + fcode + "' is not a GeoNames feature class and code");
    }
    if (!COUNTRY.matcher(country).matches()) {
      return bad("country code '" + country + "' is not two capital letters");
    }
    List<String> arabic = new ArrayList<>();
    List<String> latin = new ArrayList<>();
    Set<String> seen = new LinkedHashSet<>();
    for (String alt : c[3].split(",")) {
      String a = alt.trim();
      if (a.isEmpty() || !seen.add(a)) {
        continue;
      }
      switch (Scripts.of(a)) {
        case ARABIC -> arabic.add(a);
        case LATIN -> latin.add(a);
        default -> { }
      }
    }
    GeoNamesRecord r = new GeoNamesRecord(Long.parseLong(id), name, c[2].trim(), arabic, latin,
        Double.parseDouble(lat), Double.parseDouble(lon), fclass, fcode, country, c[10].trim(),
        pop.isEmpty() ? 0 : Long.parseLong(pop));
    return new Parsed(r, null);
  }

  private static boolean inRange(String s, double limit) {
    if (!DECIMAL.matcher(s).matches()) {
      return false;
    }
    double v = Double.parseDouble(s);
    return v >= -limit && v <= limit;
  }

  private static Parsed bad(String problem) {
    return new Parsed(null, problem);
  }
}
