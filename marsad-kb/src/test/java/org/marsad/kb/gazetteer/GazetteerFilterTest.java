package org.marsad.kb.gazetteer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class GazetteerFilterTest {
  private static GeoNamesRecord record(String featureClass, String featureCode, String country, long population) {
    return Dumps.parse(Dumps.line(1, "Ménaka", "Menaka", "", "15.9182", "2.4022", featureClass, featureCode,
        country, Long.toString(population)));
  }

  @Test
  void defaultCountriesAreTheSahelMaghrebLibyaLakeChadAndNeighbours() {
    assertThat(GazetteerFilter.defaults().countries()).contains("ML", "NE", "BF", "MR", "DZ", "LY", "TD", "NG",
        "MA", "TN", "EH", "SN", "CM", "SD", "EG");
  }

  @Test
  void aCountryOutsideTheListIsRejected() {
    assertThat(GazetteerFilter.defaults().reject(record("P", "PPL", "FR", 1000))).contains(SkipReason.COUNTRY);
    assertThat(GazetteerFilter.defaults().reject(record("P", "PPL", "ML", 1000))).isEmpty();
  }

  @Test
  void anEmptyCountryListKeepsEveryCountry() {
    GazetteerFilter any = GazetteerFilter.defaults().withCountries(List.of());
    assertThat(any.reject(record("P", "PPL", "FR", 1000))).isEmpty();
  }

  @Test
  void sectionsOfCitiesStreamsAndHotelsAreRejectedByDefault() {
    GazetteerFilter f = GazetteerFilter.defaults();
    assertThat(f.reject(record("P", "PPLX", "ML", 1000))).contains(SkipReason.FEATURE);
    assertThat(f.reject(record("H", "STM", "ML", 0))).contains(SkipReason.FEATURE);
    assertThat(f.reject(record("S", "HTL", "ML", 0))).contains(SkipReason.FEATURE);
    assertThat(f.reject(record("A", "ADM1", "ML", 0))).isEmpty();
    assertThat(f.reject(record("T", "MTS", "ML", 0))).isEmpty();
  }

  @Test
  void aFeatureClassAloneTakesEveryCodeOfTheClass() {
    GazetteerFilter water = GazetteerFilter.defaults().withFeatures(List.of("H"));
    assertThat(water.reject(record("H", "STM", "ML", 0))).isEmpty();
    assertThat(water.reject(record("P", "PPL", "ML", 0))).contains(SkipReason.FEATURE);
  }

  @Test
  void minimumPopulationAppliesToPopulatedPlacesOnly() {
    GazetteerFilter f = GazetteerFilter.defaults().withMinPopulation(5000);
    assertThat(f.reject(record("P", "PPL", "ML", 4999))).contains(SkipReason.POPULATION);
    assertThat(f.reject(record("P", "PPL", "ML", 5000))).isEmpty();
    assertThat(f.reject(record("T", "MTS", "ML", 0))).isEqualTo(Optional.empty());
  }
}
