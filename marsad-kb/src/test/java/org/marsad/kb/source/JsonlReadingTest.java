package org.marsad.kb.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonlReadingTest {
  private static final String GOOD = "{\"url\":\"https://example.org/budget\",\"title\":\"Budget voté\","
      + "\"text\":\"Le conseil régional a voté le budget annuel jeudi.\",\"published\":\"2024-03-05\","
      + "\"source\":\"Agence du Nord\"}";
  private static final String ARABIC = "{\"text\":\"افتتحت البلدية معرضا للصناعات التقليدية في الساحة العامة.\"}";

  @TempDir
  Path dir;

  private Path jsonl(String... lines) {
    return Inputs.write(dir, "reports.jsonl", String.join("\n", lines), StandardCharsets.UTF_8);
  }

  private static SourceReport report(SourceItem item) {
    assertThat(item).isInstanceOf(SourceReport.class);
    return (SourceReport) item;
  }

  private static Rejected rejection(SourceItem item) {
    assertThat(item).isInstanceOf(Rejected.class);
    return (Rejected) item;
  }

  @Test
  void goodLineGivesAReportWithAllFields() {
    SourceReport r = report(Inputs.readAll(jsonl(GOOD)).get(0));
    assertThat(r.text()).isEqualTo("Le conseil régional a voté le budget annuel jeudi.");
    assertThat(r.url()).contains("https://example.org/budget");
    assertThat(r.title()).contains("Budget voté");
    assertThat(r.published()).contains("2024-03-05");
    assertThat(r.source()).contains("Agence du Nord");
    assertThat(r.format()).isEqualTo(SourceFormat.JSONL);
    assertThat(r.charset()).isEqualTo("UTF-8");
  }

  @Test
  void eachReportIsNamedByFileAndLineNumber() {
    Path file = jsonl(GOOD, ARABIC);
    assertThat(Inputs.inputs(Inputs.readAll(file))).containsExactly(file + ":1", file + ":2");
  }

  @Test
  void reportKeepsTheBytesOfItsOwnLineOnly() {
    SourceReport r = report(Inputs.readAll(jsonl(GOOD, ARABIC)).get(1));
    assertThat(r.original()).isEqualTo(ARABIC.getBytes(StandardCharsets.UTF_8));
    assertThat(r.sha256()).isEqualTo(Sha256.hex(ARABIC.getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void brokenLineIsRejectedAloneWithItsLineNumber() {
    Path file = jsonl(GOOD, "{\"text\": \"coupé", ARABIC);
    List<SourceItem> items = Inputs.readAll(file);
    assertThat(items).hasSize(3);
    assertThat(rejection(items.get(1)).reason()).startsWith("not valid JSON at line 2: ");
    assertThat(items.get(1).input()).isEqualTo(file + ":2");
    assertThat(items.get(0)).isInstanceOf(SourceReport.class);
    assertThat(items.get(2)).isInstanceOf(SourceReport.class);
  }

  @Test
  void lineWithoutTextIsRejectedNamingTheField() {
    List<SourceItem> items = Inputs.readAll(jsonl(GOOD, GOOD, "{\"title\":\"Sans texte\"}"));
    assertThat(rejection(items.get(2)).reason()).isEqualTo("missing field text at line 3");
  }

  @Test
  void emptyLinesAreSkippedButCounted() {
    Path file = jsonl(GOOD, "", "   ", ARABIC);
    List<SourceItem> items = Inputs.readAll(file);
    assertThat(Inputs.inputs(items)).containsExactly(file + ":1", file + ":4");
    assertThat(items).allMatch(i -> i instanceof SourceReport);
  }

  @Test
  void byteOrderMarkAtTheStartIsNotPartOfTheFirstReport() {
    byte[] line = GOOD.getBytes(StandardCharsets.UTF_8);
    Path file = Inputs.write(dir, "bom.jsonl", Inputs.concat(Inputs.UTF8_BOM, line));
    SourceReport r = Inputs.onlyReport(file);
    assertThat(r.original()).isEqualTo(line);
  }

  @Test
  void windowsLineEndingsAreNotPartOfTheReport() {
    Path file = Inputs.write(dir, "crlf.jsonl", GOOD + "\r\n" + ARABIC + "\r\n", StandardCharsets.UTF_8);
    List<SourceItem> items = Inputs.readAll(file);
    assertThat(report(items.get(0)).original()).isEqualTo(GOOD.getBytes(StandardCharsets.UTF_8));
    assertThat(items).hasSize(2);
  }

  @Test
  void lineThatIsNotAnObjectIsRejected() {
    Rejected r = Inputs.onlyRejection(jsonl("[1, 2]"));
    assertThat(r.reason()).isEqualTo("not a JSON object at line 1: found array");
  }

  @Test
  void textThatIsNotAStringIsRejectedWithTheValue() {
    Rejected r = Inputs.onlyRejection(jsonl("{\"text\": 42}"));
    assertThat(r.reason()).isEqualTo("field text at line 1 must be a string, found number 42");
  }

  @Test
  void blankTextIsRejected() {
    Rejected r = Inputs.onlyRejection(jsonl("{\"text\": \"  \"}"));
    assertThat(r.reason()).isEqualTo("empty field text at line 1");
  }

  @Test
  void trailingGarbageAfterTheObjectIsRejected() {
    Rejected r = Inputs.onlyRejection(jsonl("{\"text\": \"Un texte.\"} en trop"));
    assertThat(r.reason()).startsWith("not valid JSON at line 1");
  }

  @Test
  void nullOptionalFieldsAreAbsent() {
    SourceReport r = Inputs.onlyReport(jsonl("{\"text\": \"Un texte.\", \"title\": null, \"url\": \"\"}"));
    assertThat(r.title()).isEmpty();
    assertThat(r.url()).isEmpty();
  }

  @Test
  void invalidUtf8LineIsRejectedAndTheNextOneRead() {
    byte[] bad = {'{', '"', 't', 'e', 'x', 't', '"', ':', '"', (byte) 0xC3, '"', '}', '\n'};
    Path file = Inputs.write(dir, "mixed.jsonl", Inputs.concat(bad, ARABIC.getBytes(StandardCharsets.UTF_8)));
    List<SourceItem> items = Inputs.readAll(file);
    assertThat(rejection(items.get(0)).reason()).startsWith("not valid UTF-8 at line 1");
    assertThat(items.get(1)).isInstanceOf(SourceReport.class);
  }

  @Test
  void utf16FileIsRejectedAsAWhole() {
    byte[] bytes = Inputs.concat(Inputs.UTF16LE_BOM, (GOOD + "\n" + GOOD).getBytes(StandardCharsets.UTF_16LE));
    Path file = Inputs.write(dir, "wide.jsonl", bytes);
    Rejected r = Inputs.onlyRejection(file);
    assertThat(r.reason()).contains("must be UTF-8").contains("UTF-16");
    assertThat(r.input()).isEqualTo(file.toString());
  }

  @Test
  void lineOverTheSizeLimitIsRejectedAndTheOthersRead() {
    String longLine = "{\"text\":\"" + "x".repeat(500) + "\"}";
    Path file = jsonl(ARABIC, longLine, GOOD);
    List<SourceItem> items = Inputs.readAll(new ReportSources(300), file);
    assertThat(items).hasSize(3);
    assertThat(rejection(items.get(1)).reason()).contains("line 2 too large").contains("limit of 300 bytes");
    assertThat(items.get(2)).isInstanceOf(SourceReport.class);
  }

  @Test
  void emptyJsonlFileIsRejectedAsEmpty() {
    Rejected r = Inputs.onlyRejection(Inputs.write(dir, "vide.jsonl", new byte[0]));
    assertThat(r.reason()).isEqualTo("empty file");
  }

  @Test
  void jsonlFileOfBlankLinesIsRejectedAsHavingNoReports() {
    Rejected r = Inputs.onlyRejection(jsonl("", "  ", ""));
    assertThat(r.reason()).contains("no reports");
  }

  @Test
  void countExpectsOneItemPerNonBlankLine() {
    byte[] bytes = Inputs.concat(Inputs.UTF8_BOM, String.join("\n", GOOD, "", "{cassé", "  ", ARABIC, "")
        .getBytes(StandardCharsets.UTF_8));
    Path file = Inputs.write(dir, "count.jsonl", bytes);
    assertThat(ReportSources.withDefaults().count(List.of(file))).isEqualTo(new InputCount(1, 3));
    assertThat(Inputs.readAll(file)).hasSize(3);
  }

  @Test
  void countDoesNotTakeALoneByteOrderMarkForAReport() {
    Path file = Inputs.write(dir, "marked.jsonl",
        Inputs.concat(Inputs.UTF8_BOM, ("\n" + GOOD).getBytes(StandardCharsets.UTF_8)));
    assertThat(ReportSources.withDefaults().count(List.of(file)).items()).isEqualTo(1);
    assertThat(Inputs.readAll(file)).hasSize(1);
  }
}
