package org.marsad.kb.gazetteer;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.marsad.extract.lexicon.Lexicon;
import org.marsad.extract.lexicon.LexiconLoader;
import org.marsad.extract.lexicon.PlaceEntry;
import org.marsad.extract.lexicon.TsvTable;
import org.marsad.text.Transliterator;

/**
 * The places a GeoNames record may already be: built-in rows by geonameid (read from the built-in places.tsv,
 * since {@link PlaceEntry} does not carry it), and reference-lexicon places by folded name, country and distance.
 * Populated places match within {@value #TOWN_KM} km: the built-in coordinates of rows compiled by hand are
 * representative points, good to about 30 km. Regions, mountains and deserts are large and their centre points
 * differ more between sources, so they match within {@value #AREA_KM} km. Spelling variants ("Figuiq" for
 * Figuig, "Tesalit") are caught by the extractor's script-independent consonant key, for keys of at least
 * {@value #MIN_KEY} consonants and within {@value #TOWN_KM} km only: coarse keys need a close match.
 */
final class KnownPlaces {
  static final double TOWN_KM = 25;
  static final double AREA_KM = 100;
  static final int MIN_KEY = 3;
  private static final double EARTH_KM = 6371.0;

  private final Set<Long> builtInIds;
  private final Map<String, List<PlaceEntry>> byName = new HashMap<>();
  private final Map<String, List<PlaceEntry>> byKey = new HashMap<>();

  KnownPlaces(Lexicon reference, String ownIdPrefix) {
    this.builtInIds = builtInGeonameIds();
    for (PlaceEntry p : reference.places()) {
      if (p.id().startsWith(ownIdPrefix)) {
        continue;
      }
      Stream.concat(Stream.of(p.nameEn(), p.nameFr(), p.nameAr()), p.aliases().stream())
          .filter(s -> s != null && !s.isBlank())
          .forEach(s -> {
            byName.computeIfAbsent(NameGuard.fold(s), k -> new ArrayList<>()).add(p);
            String key = key(s);
            if (key != null) {
              byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(p);
            }
          });
    }
  }

  boolean hasBuiltInId(long geonameId) {
    return builtInIds.contains(geonameId);
  }

  /** A reference place of the record's country, near it, sharing any of its names (all scripts, unfiltered). */
  Optional<PlaceEntry> sameNameNearby(GeoNamesRecord r) {
    double limit = "P".equals(r.featureClass()) ? TOWN_KM : AREA_KM;
    List<String> names = new ArrayList<>(List.of(r.name(), r.asciiName()));
    names.addAll(r.latinNames());
    names.addAll(r.arabicNames());
    for (String n : names) {
      Optional<PlaceEntry> p = near(r, byName.getOrDefault(NameGuard.fold(n), List.of()), limit);
      String key = key(n);
      if (p.isEmpty() && key != null) {
        p = near(r, byKey.getOrDefault(key, List.of()), TOWN_KM);
      }
      if (p.isPresent()) {
        return p;
      }
    }
    return Optional.empty();
  }

  private static Optional<PlaceEntry> near(GeoNamesRecord r, List<PlaceEntry> candidates, double limitKm) {
    for (PlaceEntry p : candidates) {
      boolean country = p.country().isEmpty() || p.country().contains(r.countryCode());
      if (country && km(r.lat(), r.lon(), p.geo().lat(), p.geo().lon()) <= limitKm) {
        return Optional.of(p);
      }
    }
    return Optional.empty();
  }

  private static String key(String name) {
    String k = Transliterator.matchKey(name);
    return k.replace(" ", "").length() >= MIN_KEY ? k : null;
  }

  /** Great-circle distance (haversine). */
  static double km(double lat1, double lon1, double lat2, double lon2) {
    double dLat = Math.toRadians(lat2 - lat1);
    double dLon = Math.toRadians(lon2 - lon1);
    double a = Math.pow(Math.sin(dLat / 2), 2)
        + Math.cos(Math.toRadians(lat1)) * Math.cos(Math.toRadians(lat2)) * Math.pow(Math.sin(dLon / 2), 2);
    return 2 * EARTH_KM * Math.asin(Math.min(1, Math.sqrt(a)));
  }

  private static Set<Long> builtInGeonameIds() {
    String resource = LexiconLoader.RESOURCE_DIR + "places.tsv";
    Set<Long> ids = new HashSet<>();
    try (InputStream in = LexiconLoader.class.getResourceAsStream(resource)) {
      if (in == null) {
        return ids;
      }
      for (TsvTable.Row row : TsvTable.read("classpath:" + resource, in, List.of("id", "geonameid")).rows()) {
        String g = row.get("geonameid");
        if (g.matches("\\d{1,18}")) {
          ids.add(Long.parseLong(g));
        }
      }
    } catch (IOException e) {
      throw new GazetteerException("cannot read the built-in gazetteer " + resource + ": " + e.getMessage(), e);
    }
    return Set.copyOf(ids);
  }
}
