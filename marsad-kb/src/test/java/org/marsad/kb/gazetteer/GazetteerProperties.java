package org.marsad.kb.gazetteer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.marsad.extract.lexicon.Lexicon;
import org.marsad.extract.lexicon.LexiconLoader;
import org.marsad.extract.lexicon.PlaceEntry;

/**
 * The reader survives any line; what the import writes, the extractor's loader reads back at the same place.
 */
class GazetteerProperties {
  private static final String VALID = Dumps.place(2449893, "Tessalit", "Tesalit,تساليت", 20.20126, 1.01186, "ML", 0);
  private static final String[] HOSTILE = {"NaN", "-NaN", "Infinity", "-Infinity", "1e309", "4.9e-324", "0x1p3",
      "12d", "1f", "+45", "-0", "٣٤.٥", "90.0000001", "-180.5", "9223372036854775808", "-1", "", " ", "\u0000",
      "1_000", "1,5", "\uFEFF12", "99999999999999999999", "0.", ".5", "١٢٣"};
  private static GazetteerImport gazetteer;

  /** One place of a generated dump: names unlike any lexicon word, coordinates anywhere on Earth. */
  record Place(long id, String name, String arabic, double lat, double lon, String country, long population) {
    String line() {
      return Dumps.line(id, name, name, arabic, Dumps.plain(lat), Dumps.plain(lon), "P", "PPL", country,
          Long.toString(population));
    }
  }

  @Provide
  Arbitrary<List<String>> hostileLines() {
    Arbitrary<String> cell = Arbitraries.oneOf(Arbitraries.of(HOSTILE),
        Arbitraries.strings().all().ofMaxLength(12), Arbitraries.strings().numeric().ofMaxLength(6));
    Arbitrary<String> randomColumns = cell.list().ofMaxSize(24).map(l -> String.join("\t", l));
    Arbitrary<String> mutatedValid = Combinators.combine(Arbitraries.integers().between(0, 18),
        Arbitraries.of(HOSTILE)).as((col, value) -> {
          String[] cells = VALID.split("\t", -1);
          cells[col] = value;
          return String.join("\t", cells);
        });
    return Arbitraries.oneOf(randomColumns, mutatedValid, Arbitraries.just(VALID))
        .map(l -> l.replace('\n', ' ')).list().ofMaxSize(40);
  }

  @Provide
  Arbitrary<List<Place>> places() {
    Arbitrary<String> latin = Arbitraries.strings().withCharRange('a', 'z').ofMinLength(4).ofMaxLength(10)
        .map(s -> "Qz" + s);
    Arbitrary<String> arabic = Arbitraries.strings().withCharRange('\u0628', '\u063A').ofMinLength(5)
        .ofMaxLength(9).map(s -> "ظ" + s);
    Arbitrary<Double> lat = Arbitraries.doubles().between(-90, 90).ofScale(7);
    Arbitrary<Double> lon = Arbitraries.doubles().between(-180, 180).ofScale(7);
    Arbitrary<String> country = Arbitraries.of(List.copyOf(GazetteerFilter.DEFAULT_COUNTRIES));
    Arbitrary<Long> population = Arbitraries.longs().between(0, 30_000_000);
    return Combinators.combine(latin, arabic, lat, lon, country, population)
        .as((n, a, la, lo, c, p) -> new Place(0, n, a, la, lo, c, p))
        .list().ofMinSize(1).ofMaxSize(15).uniqueElements(Place::name).uniqueElements(Place::arabic)
        .map(GazetteerProperties::numbered);
  }

  private static List<Place> numbered(List<Place> ps) {
    List<Place> out = new ArrayList<>();
    for (int i = 0; i < ps.size(); i++) {
      Place p = ps.get(i);
      out.add(new Place(900_000_000L + i, p.name(), p.arabic(), p.lat(), p.lon(), p.country(), p.population()));
    }
    return out;
  }

  @Property(tries = 500)
  void anyLinesAfterAValidFirstLineAreReadOrCountedNeverThrown(@ForAll("hostileLines") List<String> lines) {
    String text = VALID + "\n" + String.join("\n", lines) + "\n";
    List<GeoNamesRecord> records = new ArrayList<>();
    ReadReport report = new GeoNamesReader().read("hostile.txt",
        new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), records::add);
    assertThat(report.records()).isEqualTo(records.size()).isPositive();
    assertThat(report.lines()).isEqualTo(report.records() + report.malformed());
    assertThat(report.examples()).allSatisfy(m -> assertThat(m.line()).isBetween(2L, lines.size() + 1L));
    assertThat(records).allSatisfy(r -> {
      assertThat(r.lat()).isBetween(-90.0, 90.0);
      assertThat(r.lon()).isBetween(-180.0, 180.0);
    });
  }

  @Property(tries = 500)
  void anyBytesAreReadOrRefusedWithAGazetteerExceptionNamingTheSource(@ForAll byte[] bytes) {
    try {
      new GeoNamesReader().read("bytes.bin", new ByteArrayInputStream(bytes), r -> { });
    } catch (GazetteerException e) {
      assertThat(e.getMessage()).startsWith("bytes.bin");
    } catch (RuntimeException e) {
      fail("expected a GazetteerException, got " + e, e);
    }
  }

  @Property(tries = 40)
  void generatedPlacesRoundTripThroughTheWriterAndTheLexiconLoader(@ForAll("places") List<Place> places)
      throws IOException {
    Path dir = Files.createTempDirectory("gazetteer-props");
    try {
      Path dump = Dumps.write(dir, "dump.txt", places.stream().map(Place::line).toArray(String[]::new));
      ImportSummary summary = importer().importInto(dump, dir);
      assertThat(summary.written()).as(summary.toString()).isEqualTo(places.size());
      Lexicon lexicon = LexiconLoader.withUserDir(dir).load();
      for (Place p : places) {
        PlaceEntry e = lexicon.place(GazetteerImport.ID_PREFIX + p.id()).orElseThrow();
        assertThat(e.nameEn()).isEqualTo(p.name());
        assertThat(e.nameAr()).isEqualTo(p.arabic());
        assertThat(e.country()).containsExactly(p.country());
        // five decimals are written: within half a unit of the fifth, plus float noise
        assertThat(Math.abs(e.geo().lat() - p.lat())).isLessThanOrEqualTo(0.5e-5 + 1e-9);
        assertThat(Math.abs(e.geo().lon() - p.lon())).isLessThanOrEqualTo(0.5e-5 + 1e-9);
      }
    } finally {
      delete(dir);
    }
  }

  private static synchronized GazetteerImport importer() {
    if (gazetteer == null) {
      gazetteer = GazetteerImport.withDefaults();
    }
    return gazetteer;
  }

  private static void delete(Path dir) throws IOException {
    try (Stream<Path> files = Files.walk(dir)) {
      files.sorted(Comparator.reverseOrder()).forEach(p -> {
        try {
          Files.delete(p);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      });
    }
  }
}
