package org.marsad.kb.gazetteer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.extract.lexicon.Lexicon;
import org.marsad.extract.lexicon.LexiconLoader;
import org.marsad.extract.lexicon.PlaceEntry;

class GazetteerImportTest {
  /** An invented village, so that no lexicon knows it. */
  private static final String KOUROUMBAYA = Dumps.place(9_000_001, "Kouroumbaya",
      "Kouroumbaya,Kurumbaya,كورومبايا,کورومبایا", 14.51234, -4.20001, "ML", 2000);
  private static final String KIDAL = Dumps.place(2455290, "Kidal", "Kidal,كيدال", 18.44111, 1.40778, "ML", 11643);

  private static GazetteerImport gazetteer;

  @TempDir
  Path dir;

  @BeforeAll
  static void setUp() {
    gazetteer = GazetteerImport.withDefaults();
  }

  private ImportSummary run(String... lines) {
    return gazetteer.importInto(Dumps.write(dir, "dump.txt", lines), dir);
  }

  private Lexicon loadWithUserDir() {
    return LexiconLoader.withUserDir(dir).load();
  }

  private List<String> rows() throws IOException {
    return Files.readAllLines(dir.resolve(GazetteerImport.DEFAULT_FILE_NAME)).stream()
        .filter(l -> l.startsWith(GazetteerImport.ID_PREFIX)).toList();
  }

  @Test
  void idsArePrefixedGeonameIdsThatNoBuiltInIdUses() throws IOException {
    run(KOUROUMBAYA);
    assertThat(rows()).singleElement().satisfies(r -> assertThat(r).startsWith("geonames-9000001\t"));
    assertThat(LexiconLoader.builtIn().load().places()).extracting(PlaceEntry::id)
        .noneMatch(id -> id.startsWith(GazetteerImport.ID_PREFIX));
  }

  @Test
  void aPlaceWhoseGeonameIdIsBuiltInIsNotWrittenAgain() throws IOException {
    ImportSummary s = run(KIDAL, KOUROUMBAYA);
    assertThat(s.skipped(SkipReason.BUILT_IN_ID)).isEqualTo(1);
    assertThat(rows()).noneMatch(r -> r.contains("Kidal"));
  }

  @Test
  void aBuiltInPlaceUnderAnotherIdIsNotWrittenAgain() throws IOException {
    ImportSummary s = run(
        Dumps.place(9_000_010, "Gao", "Gao,Gawo", 16.3, -0.06, "ML", 87000),
        Dumps.place(9_000_011, "Agadès", "Agadès,أغاديز", 16.9, 7.95, "NE", 124324),
        KOUROUMBAYA);
    assertThat(s.skipped(SkipReason.BUILT_IN_NAME)).isEqualTo(2);
    assertThat(rows()).extracting(r -> r.split("\t")[0]).containsExactly("geonames-9000001");
  }

  @Test
  void aSpellingVariantNextToABuiltInPlaceIsNotWrittenAgain() {
    ImportSummary s = run(Dumps.place(9_000_012, "Tesalitt", "", 20.21, 1.02, "ML", 0), KOUROUMBAYA);
    assertThat(s.skipped(SkipReason.BUILT_IN_NAME)).isEqualTo(1);
  }

  @Test
  void aNamesakeFarFromTheBuiltInPlaceIsWrittenWithoutTheBuiltInName() throws IOException {
    ImportSummary s = run(Dumps.place(9_000_013, "Gao", "Gao,Gao-Bobo", 11.2, -3.1, "BF", 1500));
    assertThat(s.skipped(SkipReason.BUILT_IN_NAME)).isZero();
    assertThat(rows()).singleElement().satisfies(r -> assertThat(r.split("\t")[2]).isEqualTo("Gao-Bobo"));
  }

  @Test
  void theFileLoadsWithTheExtractorsLoaderBesideTheBuiltInGazetteer() {
    run(KOUROUMBAYA);
    Lexicon lexicon = loadWithUserDir();
    PlaceEntry p = lexicon.place("geonames-9000001").orElseThrow();
    assertThat(p.kind()).isEqualTo("VILLAGE");
    assertThat(p.nameEn()).isEqualTo("Kouroumbaya");
    assertThat(p.nameAr()).isEqualTo("كورومبايا");
    assertThat(p.aliases()).containsExactly("Kurumbaya");
    assertThat(p.country()).containsExactly("ML");
    assertThat(p.geo().lat()).isEqualTo(14.51234);
    assertThat(p.geo().lon()).isEqualTo(-4.20001);
    assertThat(lexicon.place("ml-kidal")).isPresent();
  }

  @Test
  void aPlaceWithoutAnArabicNameShowsItsLatinNameInTheArabicColumn() {
    run(Dumps.place(9_000_014, "Kouroumbougou", "", 13.1, -7.2, "ML", 800));
    assertThat(loadWithUserDir().place("geonames-9000014").orElseThrow().nameAr()).isEqualTo("Kouroumbougou");
  }

  @Test
  void aRepeatedGeonameIdIsWrittenOnce() throws IOException {
    ImportSummary s = run(KOUROUMBAYA, KOUROUMBAYA);
    assertThat(s.skipped(SkipReason.REPEATED_ID)).isEqualTo(1);
    assertThat(rows()).hasSize(1);
  }

  @Test
  void theSummaryCountsAddUp() {
    ImportSummary s = run(KOUROUMBAYA, KIDAL, Dumps.place(9_000_015, "Lyon", "", 45.76, 4.83, "FR", 500000),
        Dumps.place(9_000_016, "Say", "", 13.1, 2.37, "NE", 10387), "broken\tline");
    assertThat(s.read()).isEqualTo(4);
    assertThat(s.malformed()).isEqualTo(1);
    assertThat(s.malformedExamples()).extracting(MalformedLine::line).containsExactly(5L);
    assertThat(s.read()).isEqualTo(s.kept() + s.skipped(SkipReason.COUNTRY) + s.skipped(SkipReason.FEATURE)
        + s.skipped(SkipReason.POPULATION));
    assertThat(s.kept()).isEqualTo(s.written() + s.skipped(SkipReason.REPEATED_ID)
        + s.skipped(SkipReason.BUILT_IN_ID) + s.skipped(SkipReason.BUILT_IN_NAME)
        + s.skipped(SkipReason.NO_USABLE_NAME));
    assertThat(s.written()).isEqualTo(1);
    assertThat(s.output()).isEqualTo(dir.resolve(GazetteerImport.DEFAULT_FILE_NAME));
  }

  @Test
  void anEarlierImportIsReplacedWhole() throws IOException {
    run(KOUROUMBAYA);
    run(Dumps.place(9_000_014, "Kouroumbougou", "", 13.1, -7.2, "ML", 800));
    assertThat(rows()).extracting(r -> r.split("\t")[0]).containsExactly("geonames-9000014");
  }

  @Test
  void noTemporaryFileIsLeftBehind() throws IOException {
    run(KOUROUMBAYA);
    run(KOUROUMBAYA);
    try (Stream<Path> files = Files.list(dir)) {
      assertThat(files.map(p -> p.getFileName().toString()))
          .containsExactlyInAnyOrder("dump.txt", GazetteerImport.DEFAULT_FILE_NAME);
    }
  }

  @Test
  void aFailedImportLeavesTheEarlierFileAsItWasAndNoTemporaryFile() throws IOException {
    run(KOUROUMBAYA);
    Path out = dir.resolve(GazetteerImport.DEFAULT_FILE_NAME);
    byte[] before = Files.readAllBytes(out);
    Path notADump = Dumps.write(dir, "notes.txt", "id\tname", "1\tx");
    assertThatThrownBy(() -> gazetteer.importInto(notADump, dir)).isInstanceOf(GazetteerException.class)
        .hasMessageContaining("notes.txt: not a GeoNames dump");
    assertThat(Files.readAllBytes(out)).isEqualTo(before);
    try (Stream<Path> files = Files.list(dir)) {
      assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".tmp"));
    }
  }

  @Test
  void aFileTheImportDidNotWriteIsNeverReplaced() throws IOException {
    Path mine = Files.writeString(dir.resolve("places-geonames.tsv"), "id\tkind\n# my own places\n");
    Path dump = Dumps.write(dir, "dump.txt", KOUROUMBAYA);
    assertThatThrownBy(() -> gazetteer.importInto(dump, dir)).isInstanceOf(GazetteerException.class)
        .hasMessageContaining("was not written by the gazetteer import");
    assertThat(Files.readString(mine)).isEqualTo("id\tkind\n# my own places\n");
  }

  @Test
  void aFileNameTheLexiconLoaderWouldIgnoreIsRefused() {
    Path dump = Dumps.write(dir, "dump.txt", KOUROUMBAYA);
    assertThatThrownBy(() -> gazetteer.importTo(dump, dir.resolve("geonames.tsv")))
        .isInstanceOf(GazetteerException.class)
        .hasMessageContaining("geonames.tsv: the lexicon loader would not read this file");
  }
}
