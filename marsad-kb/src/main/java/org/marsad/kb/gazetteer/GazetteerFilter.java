package org.marsad.kb.gazetteer;

import java.util.Collection;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Which GeoNames records the import keeps, and the thresholds of the name rules.
 *
 * <p>Countries (default {@link #DEFAULT_COUNTRIES}): the Sahel, the Maghreb, Libya, the Lake Chad basin, Egypt and
 * Sudan as asked, plus Benin, Togo, Ghana and Côte d'Ivoire (JNIM and IS Sahel attacks in their northern
 * districts), Guinea (border with Mali) and the Central African Republic (armed groups shared with Chad and
 * Darfur). An empty set means every country, for a single-country file.
 *
 * <p>Features (default {@link #DEFAULT_FEATURES}), written "P" for a whole class or "P.PPL" for one code:
 * populated places except sections of cities (PPLX: quarter names are mostly ordinary words) and historical
 * ones (PPLH, PPLCH); first and second-level divisions (ADM1, ADM2; lower levels repeat their seat's name);
 * mountains, plateaus and deserts (MT, MTS, PLAT, DSRT, ERG, HMDA), which news names as hide-outs and zones of
 * operation. Water (H) is off: in allCountries it is mostly wadis and wells whose names start with Oued and Bir,
 * generic words in Arabic news; add "H.LK" or "H.STM" to take lakes and rivers.
 *
 * <p>{@code minPopulation} applies to populated places only (GeoNames gives other features no population);
 * 0 keeps every one: cities500 already stops at 500 inhabitants or an administrative seat, and in a conflict
 * report the village of 0 recorded inhabitants matters as much as the town. Raise it for allCountries if the
 * name rules are not enough. {@code shortLatinMinPopulation} and {@code commonWordMinPopulation} are the sizes
 * from which a short or common Latin name is trusted; {@code maxNamesPerScript} caps each script's names.
 */
public record GazetteerFilter(Set<String> countries, Set<String> features, long minPopulation,
                              long shortLatinMinPopulation, long commonWordMinPopulation, int maxNamesPerScript) {
  public static final Set<String> DEFAULT_COUNTRIES = Set.of("ML", "NE", "BF", "MR", "DZ", "LY", "TD", "NG",
      "MA", "TN", "EH", "SN", "CM", "SD", "EG", "BJ", "TG", "GH", "CI", "GN", "CF");
  public static final Set<String> DEFAULT_FEATURES = Set.of("P.PPL", "P.PPLA", "P.PPLA2", "P.PPLA3", "P.PPLA4",
      "P.PPLA5", "P.PPLC", "P.PPLF", "P.PPLG", "P.PPLL", "P.PPLQ", "P.PPLR", "P.PPLS", "P.PPLW", "P.STLMT",
      "A.ADM1", "A.ADM2", "T.MT", "T.MTS", "T.PLAT", "T.DSRT", "T.ERG", "T.HMDA");

  public GazetteerFilter {
    countries = Set.copyOf(new TreeSet<>(countries));
    features = Set.copyOf(features);
    if (minPopulation < 0 || shortLatinMinPopulation < 0 || commonWordMinPopulation < 0) {
      throw new IllegalArgumentException("population thresholds must not be negative: " + minPopulation + ", "
          + shortLatinMinPopulation + ", " + commonWordMinPopulation);
    }
    if (maxNamesPerScript < 1) {
      throw new IllegalArgumentException("maxNamesPerScript must be at least 1: " + maxNamesPerScript);
    }
  }

  public static GazetteerFilter defaults() {
    return new GazetteerFilter(DEFAULT_COUNTRIES, DEFAULT_FEATURES, 0, 50_000, 200_000, 6);
  }

  public GazetteerFilter withCountries(Collection<String> codes) {
    return new GazetteerFilter(Set.copyOf(codes), features, minPopulation, shortLatinMinPopulation,
        commonWordMinPopulation, maxNamesPerScript);
  }

  public GazetteerFilter withFeatures(Collection<String> classesOrCodes) {
    return new GazetteerFilter(countries, Set.copyOf(classesOrCodes), minPopulation, shortLatinMinPopulation,
        commonWordMinPopulation, maxNamesPerScript);
  }

  public GazetteerFilter withMinPopulation(long population) {
    return new GazetteerFilter(countries, features, population, shortLatinMinPopulation, commonWordMinPopulation,
        maxNamesPerScript);
  }

  public GazetteerFilter withMaxNamesPerScript(int max) {
    return new GazetteerFilter(countries, features, minPopulation, shortLatinMinPopulation, commonWordMinPopulation,
        max);
  }

  /** Why the record is out of scope, or empty if it is in. Names are judged later, by the import. */
  public Optional<SkipReason> reject(GeoNamesRecord r) {
    if (!countries.isEmpty() && !countries.contains(r.countryCode())) {
      return Optional.of(SkipReason.COUNTRY);
    }
    if (!features.contains(r.featureClass()) && !features.contains(r.featureClass() + "." + r.featureCode())) {
      return Optional.of(SkipReason.FEATURE);
    }
    if ("P".equals(r.featureClass()) && r.population() < minPopulation) {
      return Optional.of(SkipReason.POPULATION);
    }
    return Optional.empty();
  }
}
