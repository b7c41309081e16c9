package org.marsad.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The knowledge-base commands end to end: exit codes, readable errors that name the problem, outputs. */
class KbCommandsTest {
  private static final String MEETING = "التقى القيادي الإرهابي سيدي ولد بوبكار في مدينة كيدال بالقيادي محمد الأمين "
      + "ولد الطالب الأسبوع الماضي، حسب مصادر محلية.";
  private static final String ARREST = "Le chef jihadiste Sidi Ould Boubacar a été arrêté à Gao par l'armée malienne.";
  @TempDir
  Path dir;
  Path data;
  Path in;

  @BeforeEach
  void files() throws IOException {
    data = dir.resolve("data");
    in = Files.createDirectories(dir.resolve("in"));
    Files.writeString(in.resolve("a-meeting.txt"), MEETING);
    Files.writeString(in.resolve("b-arrest.txt"), ARREST);
  }

  private Cli kb(String... args) {
    String[] all = new String[args.length + 2];
    System.arraycopy(args, 0, all, 0, args.length);
    all[args.length] = "--data";
    all[args.length + 1] = data.toString();
    return Cli.run(all);
  }

  @Test
  void ingestReportsWhatItStoredAndWhatItRejectedAndWhy() throws IOException {
    Files.write(in.resolve("c-empty.txt"), new byte[0]);
    Files.write(in.resolve("d-binary.txt"), new byte[] {0, 1, 2, 3, 0, 0, 7, 8});
    Files.writeString(in.resolve("e-paper.pdf"), "%PDF-1.4");
    Cli r = kb("ingest", in.toString(), "--published", "2024-05-10", "--source", "Local radio", "--reliability",
        "C");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).contains("ingested 2, duplicates 0, rejected 3")
        .contains("c-empty.txt: empty file").contains("d-binary.txt: binary").contains("e-paper.pdf: unsupported");
  }

  @Test
  void ingestingTheSameFilesAgainStoresNothingNew() {
    kb("ingest", in.toString());
    Cli again = kb("ingest", in.toString());
    assertThat(again.out()).contains("ingested 0, duplicates 2, rejected 0");
  }

  @Test
  void anIngestWhereEverythingIsRejectedFails() throws IOException {
    Path bad = Files.createDirectories(dir.resolve("bad"));
    Files.write(bad.resolve("empty.txt"), new byte[0]);
    Cli r = kb("ingest", bad.toString());
    assertThat(r.code()).isEqualTo(2);
  }

  @Test
  void aBadGradeIsRefusedWithTheValue() {
    Cli r = kb("ingest", in.toString(), "--reliability", "Z");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("'Z'").contains("A-F");
  }

  @Test
  void anUnknownEntityIsAnErrorThatNamesIt() {
    kb("ingest", in.toString());
    Cli r = kb("entity", "Nobody Known");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("no entity named 'Nobody Known'");
  }

  @Test
  void theProfileFindsAnArabicNameTypedInLatinScript() {
    kb("ingest", in.toString(), "--published", "2024-05-10");
    Cli r = kb("entity", "Sidi Ould Boubacar", "--json");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).contains("\"type\" : \"PERSON\"").contains("\"reports\" : 2");
  }

  @Test
  void aBadAsOfDateIsRefusedWithTheValue() {
    Cli r = kb("relations", "--as-of", "yesterday");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("--as-of").contains("'yesterday'");
  }

  @Test
  void searchFindsTheArabicReportFromALatinQuery() {
    kb("ingest", in.toString());
    Cli r = kb("search", "Kidal");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).contains("1 report(s)").contains("a-meeting.txt").contains("⟦كيدال⟧");
  }

  @Test
  void aFacetFilterTakesAnyNameOfTheEntity() {
    kb("ingest", in.toString());
    Cli r = kb("search", "--place", "كيدال");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).contains("1 report(s)").contains("a-meeting.txt");
    assertThat(kb("search", "--place", "Tombouctou").out()).contains("0 report(s)");
  }

  @Test
  void aWatchNeedsAnIndicator() {
    Cli r = kb("watch", "add", "empty");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("at least one indicator");
  }

  @Test
  void aWatchSetBeforeIngestRaisesAnAlert() {
    assertThat(kb("watch", "add", "sidi-arrest", "--type", "ARREST", "--entity", "Sidi Ould Boubacar").code())
        .isZero();
    kb("ingest", in.toString());
    Cli r = kb("alerts");
    assertThat(r.out()).contains("[sidi-arrest] ASSERTED").contains("b-arrest.txt");
  }

  @Test
  void exportWritesTheWholeFileAtOnce() throws IOException {
    kb("ingest", in.toString(), "--published", "2024-05-10");
    Path out = dir.resolve("events.geojson");
    Cli r = kb("export", "--format", "geojson", "--out", out.toString());
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(Files.readString(out, StandardCharsets.UTF_8)).startsWith("{\"type\":\"FeatureCollection\"");
    try (var files = Files.list(dir)) {
      assertThat(files.filter(p -> p.getFileName().toString().endsWith(".tmp"))).isEmpty();
    }
  }

  @Test
  void aHandMergeIsRecordedWithItsReason() {
    kb("ingest", in.toString());
    Cli merge = kb("entity", "merge", "Sidi Ould Boubacar", "محمد الأمين ولد الطالب", "--why", "test reason");
    assertThat(merge.code()).as(merge.err()).isZero();
    Cli profile = kb("entity", "Sidi Ould Boubacar");
    assertThat(profile.out()).contains("by hand: test reason");
  }

  @Test
  void gazetteerImportWritesIntoTheDataDirectorysOwnLexicon() throws IOException {
    Path dump = dir.resolve("cities.txt");
    // one GeoNames line (19 tab-separated columns): a town the built-in gazetteer does not have
    Files.writeString(dump, String.join("\t", "2444222", "Tessit", "Tessit", "Tessit,تسيت", "15.01300",
        "0.35000", "P", "PPL", "ML", "", "07", "", "", "", "1200", "", "260", "Africa/Bamako", "2020-01-01") + "\n");
    Cli r = kb("gazetteer", "import", dump.toString());
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).contains("wrote 1");
    assertThat(data.resolve("lexicon/places-geonames.tsv")).exists();
  }

  @Test
  void gazetteerImportNamesAMissingFile() {
    Cli r = kb("gazetteer", "import", dir.resolve("nope.txt").toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("nope.txt").contains("no such file");
  }
}
