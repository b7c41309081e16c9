package org.marsad.kb.gazetteer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.extract.Entity;
import org.marsad.extract.EntityType;
import org.marsad.extract.ExtractOptions;
import org.marsad.extract.Extractor;
import org.marsad.extract.lexicon.Lexicon;
import org.marsad.extract.lexicon.LexiconLoader;
import org.marsad.extract.lexicon.PlaceEntry;

/**
 * The import over the real GeoNames cities500 dump in the shared reference data. Skipped, with the places it
 * looked in, where that data is not present.
 */
class GazetteerImportCities500Test {
  private static final double TILLABERI_LAT = 14.20711;
  private static final double TILLABERI_LON = 1.45418;

  @TempDir
  static Path dir;
  private static ImportSummary summary;
  private static Lexicon merged;
  private static List<String[]> rows;

  @BeforeAll
  static void importCities500() throws IOException {
    List<Path> candidates = Stream.of(Optional.ofNullable(System.getProperty("marsad.shared")).map(Path::of),
            Optional.of(Path.of("../../shared")), Optional.of(Path.of("../shared")))
        .flatMap(Optional::stream).map(p -> p.resolve("gazetteer/cities500.txt").toAbsolutePath().normalize())
        .toList();
    Optional<Path> dump = candidates.stream().filter(Files::isRegularFile).findFirst();
    assumeTrue(dump.isPresent(), "GeoNames cities500.txt not found in " + candidates
        + "; set -Dmarsad.shared=<dir holding gazetteer/cities500.txt> to run this test");
    summary = GazetteerImport.withDefaults().importInto(dump.get(), dir);
    merged = LexiconLoader.withUserDir(dir).load();
    rows = Files.readAllLines(summary.output()).stream().filter(l -> l.startsWith(GazetteerImport.ID_PREFIX))
        .map(l -> l.split("\t", -1)).toList();
  }

  @Test
  void theCountsArePlausible() {
    assertThat(summary.read()).isGreaterThan(190_000);
    assertThat(summary.malformed()).isZero();
    assertThat(summary.kept()).isBetween(2_000L, 5_000L);
    assertThat(summary.written()).isBetween(1_500L, summary.kept());
    assertThat(summary.skipped(SkipReason.BUILT_IN_ID)).isGreaterThan(300);
    assertThat(rows).hasSize((int) summary.written());
  }

  @Test
  void sahelTownsOfTheBuiltInGazetteerAreKeptAndNotWrittenAgain() {
    for (String id : List.of("ml-tessalit", "ml-menaka", "ne-tillaberi", "ml-kidal", "ml-gao", "ne-agadez")) {
      assertThat(merged.place(id)).as(id).isPresent();
    }
    assertThat(rows).extracting(r -> r[10]).doesNotContain("2449893", "2453514", "2438678", "2455290",
        "2457163", "2448085");
    assertThat(rows).extracting(r -> r[2]).doesNotContain("Tessalit", "Ménaka", "Tillabéri", "Kidal", "Gao");
  }

  @Test
  void theImportAddsPlacesAroundTillaberi() {
    List<PlaceEntry> near = merged.places().stream()
        .filter(p -> KnownPlaces.km(TILLABERI_LAT, TILLABERI_LON, p.geo().lat(), p.geo().lon()) < 150).toList();
    assertThat(near).extracting(PlaceEntry::id).contains("ne-tillaberi", "ne-ayorou", "ne-ouallam")
        .anyMatch(id -> id.startsWith(GazetteerImport.ID_PREFIX));
  }

  @Test
  void everyRowIsInAnAreaCountryWithCoordinatesAndItsGeonameId() {
    assertThat(rows).allSatisfy(r -> {
      assertThat(GazetteerFilter.DEFAULT_COUNTRIES).contains(r[7]);
      assertThat(r[0]).isEqualTo(GazetteerImport.ID_PREFIX + r[10]);
      assertThat(Double.parseDouble(r[8])).isBetween(-5.0, 38.0);
    });
  }

  @Test
  void noArabicNameKeepsAPersianOrUrduLetter() {
    assertThat(rows).allSatisfy(r -> {
      assertThat(Scripts.hasPersianOrUrduLetter(r[4])).as(r[4]).isFalse();
      assertThat(Scripts.hasPersianOrUrduLetter(r[5])).as(r[5]).isFalse();
    });
  }

  @Test
  void theExtractorFindsAnImportedPlaceThatTheBuiltInGazetteerLacks() {
    String english = "Gunmen attacked an army post near Banamba on Tuesday, killing three soldiers.";
    String arabic = "هاجم مسلحون كمينا للجيش في الشيخ زويد شمال سيناء.";
    Extractor builtIn = Extractor.withBuiltInLexicons();
    Extractor withImport = Extractor.create(merged);
    for (String text : List.of(english, arabic)) {
      assertThat(places(builtIn, text)).as(text).noneMatch(e -> e.lexiconId().orElse("").contains("geonames-"));
      assertThat(places(builtIn, text)).as(text).extracting(Entity::name).doesNotContain("Banamba", "الشيخ زويد");
    }
    Entity banamba = places(withImport, english).stream().filter(e -> e.name().equals("Banamba")).findFirst()
        .orElseThrow();
    assertThat(banamba.lexiconId()).contains("place/geonames-2460546");
    assertThat(banamba.geo().orElseThrow().lat()).isEqualTo(13.54773);
    assertThat(places(withImport, arabic)).extracting(Entity::name).contains("الشيخ زويد");
  }

  private static List<Entity> places(Extractor extractor, String text) {
    return extractor.extract(text, ExtractOptions.defaults()).entities().stream()
        .filter(e -> e.type() == EntityType.LOCATION).toList();
  }
}
