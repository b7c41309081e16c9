package org.marsad.kb.gazetteer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GeoNamesReaderTest {
  /** Tessalit as cities500 has it (GeoNames, CC BY 4.0). */
  private static final String TESSALIT = "2449893\tTessalit\tTessalit\tTesalit,Tesaliti,Tessalit,tai sa li,"
      + "Τεσσαλίτ,Тесалит,泰薩利\t20.20126\t1.01186\tP\tPPLA2\tML\t\t10\t\t\t\t0\t\t494\tAfrica/Bamako\t2012-01-18";
  /** Kidal, with its Arabic, Persian and Urdu forms side by side. */
  private static final String KIDAL = "2455290\tKidal\tKidal\tKidal,Kidal',ji da er,kidaru,Кидаль,كيدال,کڈال,"
      + "کیدال,キダル\t18.44111\t1.40778\tP\tPPLA\tML\t\t10\t\t\t\t11643\t\t459\tAfrica/Bamako\t2012-01-18";

  @TempDir
  Path dir;

  @Test
  void parsesTheColumnsOfAGeoNamesLine() {
    GeoNamesRecord r = Dumps.parse(TESSALIT);
    assertThat(r.id()).isEqualTo(2449893L);
    assertThat(r.name()).isEqualTo("Tessalit");
    assertThat(r.asciiName()).isEqualTo("Tessalit");
    assertThat(r.lat()).isEqualTo(20.20126);
    assertThat(r.lon()).isEqualTo(1.01186);
    assertThat(r.featureClass()).isEqualTo("P");
    assertThat(r.featureCode()).isEqualTo("PPLA2");
    assertThat(r.countryCode()).isEqualTo("ML");
    assertThat(r.admin1()).isEqualTo("10");
    assertThat(r.population()).isZero();
  }

  @Test
  void splitsAlternateNamesIntoArabicAndLatinScriptAndDropsOtherScripts() {
    GeoNamesRecord r = Dumps.parse(KIDAL);
    assertThat(r.arabicNames()).containsExactly("كيدال", "کڈال", "کیدال");
    assertThat(r.latinNames()).containsExactly("Kidal", "Kidal'", "ji da er", "kidaru");
  }

  @Test
  void countsMalformedLinesWithTheirLineNumbersAndKeepsReading() {
    Path file = Dumps.write(dir, "dump.txt",
        TESSALIT,
        "2455290\tKidal\tonly three columns",
        TESSALIT.replace("20.20126", "95.5"),
        KIDAL.replace("1.40778", "NaN"),
        "",
        KIDAL,
        KIDAL.replace("\t11643\t", "\t-5\t"));
    List<GeoNamesRecord> records = new ArrayList<>();
    ReadReport report = new GeoNamesReader().read(file, records::add);

    assertThat(records).extracting(GeoNamesRecord::id).containsExactly(2449893L, 2455290L);
    assertThat(report.records()).isEqualTo(2);
    assertThat(report.malformed()).isEqualTo(4);
    assertThat(report.lines()).isEqualTo(6);
    assertThat(report.examples()).extracting(MalformedLine::line).containsExactly(2L, 3L, 4L, 7L);
    assertThat(report.examples().get(0).problem()).isEqualTo("has 3 columns, expected 19");
    assertThat(report.examples().get(1).problem()).contains("latitude '95.5'");
    assertThat(report.examples().get(3).problem()).contains("population '-5'");
  }

  @Test
  void keepsOnlyTheFirstMalformedLinesAsExamplesButCountsThemAll() {
    Path file = Dumps.write(dir, "dump.txt", TESSALIT, "a\tb", "c\td", "e\tf", "g\th");
    ReadReport report = new GeoNamesReader(2).read(file, r -> { });
    assertThat(report.malformed()).isEqualTo(4);
    assertThat(report.examples()).extracting(MalformedLine::line).containsExactly(2L, 3L);
  }

  @Test
  void refusesNumbersThatJavaParsesButGeoNamesNeverWrites() {
    for (String lat : List.of("0x1p3", "Infinity", "12d", "1e1", "", " ")) {
      GeoNamesLines.Parsed p = GeoNamesLines.parse(TESSALIT.replace("20.20126", lat));
      assertThat(p.record()).as(lat).isNull();
      assertThat(p.problem()).as(lat).startsWith("latitude '" + lat.trim() + "'");
    }
  }

  @Test
  void aFileThatIsNotADumpFailsNamingTheFileAndTheProblem() throws IOException {
    Path file = Dumps.write(dir, "places.tsv", "id\tname\tcountry", "ml-kidal\tKidal\tML");
    assertThatThrownBy(() -> new GeoNamesReader().read(file, r -> { }))
        .isInstanceOf(GazetteerException.class)
        .hasMessageStartingWith(file.toString())
        .hasMessageContaining("not a GeoNames dump")
        .hasMessageContaining("line 1 has 3 columns, expected 19");
  }

  @Test
  void aZipArchiveFailsSayingToUnzipIt() throws IOException {
    Path file = Files.write(dir.resolve("cities500.zip"), new byte[] {'P', 'K', 3, 4, 20, 0, 0, 0, 8, 0});
    assertThatThrownBy(() -> new GeoNamesReader().read(file, r -> { }))
        .isInstanceOf(GazetteerException.class)
        .hasMessageContaining("cities500.zip")
        .hasMessageContaining("zip archive");
  }

  @Test
  void textInAnotherEncodingFailsNamingTheLine() throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    bytes.write((TESSALIT + "\n").getBytes(StandardCharsets.UTF_8));
    bytes.write(KIDAL.getBytes(Charset.forName("windows-1256")));
    Path file = Files.write(dir.resolve("dump.txt"), bytes.toByteArray());
    assertThatThrownBy(() -> new GeoNamesReader().read(file, r -> { }))
        .isInstanceOf(GazetteerException.class)
        .hasMessageContaining("dump.txt")
        .hasMessageContaining("not UTF-8")
        .hasMessageContaining("line 2");
  }

  @Test
  void anEmptyFileIsNotADump() {
    Path file = Dumps.write(dir, "empty.txt", "", "  ");
    assertThatThrownBy(() -> new GeoNamesReader().read(file, r -> { }))
        .isInstanceOf(GazetteerException.class)
        .hasMessageContaining("empty.txt: not a GeoNames dump: the file is empty");
  }

  @Test
  void failsFastWhenTheFirstLinesAreAllMalformed() {
    List<String> lines = new ArrayList<>();
    for (int i = 0; i < GeoNamesReader.PROBE_LINES; i++) {
      lines.add("junk " + i);
    }
    lines.add(TESSALIT);
    Path file = Dumps.write(dir, "notes.txt", lines.toArray(String[]::new));
    List<GeoNamesRecord> seen = new ArrayList<>();
    assertThatThrownBy(() -> new GeoNamesReader().read(file, seen::add))
        .isInstanceOf(GazetteerException.class)
        .hasMessageContaining("none of the first " + GeoNamesReader.PROBE_LINES + " lines")
        .hasMessageContaining("line 1 has 1 column, expected 19");
    assertThat(seen).isEmpty();
  }

  @Test
  void aMissingFileFailsNamingIt() {
    Path file = dir.resolve("allCountries.txt");
    assertThatThrownBy(() -> new GeoNamesReader().read(file, r -> { }))
        .isInstanceOf(GazetteerException.class)
        .hasMessageStartingWith(file + ": no such file");
  }

  @Test
  void acceptsAByteOrderMarkAndWindowsLineEnds() {
    byte[] bytes = ("\uFEFF" + TESSALIT + "\r\n" + KIDAL + "\r\n").getBytes(StandardCharsets.UTF_8);
    List<GeoNamesRecord> records = new ArrayList<>();
    ReadReport report = new GeoNamesReader().read("bom.txt", new ByteArrayInputStream(bytes), records::add);
    assertThat(report.malformed()).isZero();
    assertThat(records).extracting(GeoNamesRecord::id).containsExactly(2449893L, 2455290L);
    assertThat(records.get(1).lat()).isEqualTo(18.44111);
  }

  @Test
  void aLineLongerThanTheCapIsMalformedNotHeldInMemory() {
    String huge = "x".repeat(GeoNamesReader.MAX_LINE_BYTES + 10);
    byte[] bytes = (TESSALIT + "\n" + huge + "\n" + KIDAL + "\n").getBytes(StandardCharsets.UTF_8);
    List<GeoNamesRecord> records = new ArrayList<>();
    ReadReport report = new GeoNamesReader().read("long.txt", new ByteArrayInputStream(bytes), records::add);
    assertThat(records).hasSize(2);
    assertThat(report.examples()).singleElement()
        .satisfies(m -> assertThat(m.problem()).contains("longer than"))
        .satisfies(m -> assertThat(m.line()).isEqualTo(2));
  }
}
