package org.marsad.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** `marsad extract` end to end: the JSON contract, and a clear one-line error for every kind of bad input. */
class ExtractCommandTest {
  private static final String REPORT = "أعلنت جماعة بوكو حرام مبايعتها لتنظيم داعش في مارس 2015، "
      + "وقال مصدر أمني إن قوات نيجيرية اعتقلت أحد عناصرها في مايدوغوري أمس.";

  @TempDir
  Path dir;

  @Test
  void jsonFollowsTheContract() throws IOException {
    Path f = write("r.ar.txt", REPORT.getBytes(StandardCharsets.UTF_8));
    Cli r = Cli.run("extract", f.toString(), "--published", "2015-03-10", "--json");
    assertThat(r.code()).as(r.err()).isZero();
    JsonNode root = JsonMapper.builder().build().readTree(r.out());
    assertThat(root.path("document").path("language").asString()).isEqualTo("ar");
    assertThat(root.path("document").path("published").asString()).isEqualTo("2015-03-10");
    assertThat(root.path("document").path("chars").asInt()).isEqualTo(REPORT.codePointCount(0, REPORT.length()));
    assertThat(root.path("entities").size()).isPositive();
    assertThat(root.path("relations").size()).isPositive();
    for (JsonNode e : root.path("entities")) {
      for (JsonNode m : e.path("mentions")) {
        assertThat(slice(REPORT, m)).isEqualTo(m.path("text").asString());
      }
    }
    for (JsonNode rel : root.path("relations")) {
      assertThat(slice(REPORT, rel.path("evidence"))).isEqualTo(rel.path("evidence").path("text").asString());
      assertThat(rel.path("modality").asString()).isIn("ASSERTED", "REPORTED", "LIKELY", "POSSIBLE", "RUMOURED",
          "DENIED");
    }
  }

  @Test
  void offsetsCountCodePointsNotUtf16Units() throws IOException {
    String text = "😀🛰️ " + REPORT;
    Path f = write("emoji.ar.txt", text.getBytes(StandardCharsets.UTF_8));
    Cli r = Cli.run("extract", f.toString(), "--json");
    assertThat(r.code()).as(r.err()).isZero();
    JsonNode root = JsonMapper.builder().build().readTree(r.out());
    for (JsonNode e : root.path("entities")) {
      for (JsonNode m : e.path("mentions")) {
        assertThat(slice(text, m)).isEqualTo(m.path("text").asString());
      }
    }
  }

  @Test
  void readableSummaryNamesGroupsInBothScripts() throws IOException {
    Path f = write("r.ar.txt", REPORT.getBytes(StandardCharsets.UTF_8));
    Cli r = Cli.run("extract", f.toString());
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).contains("بوكو حرام").contains("Boko Haram").contains("PLEDGED_ALLEGIANCE");
  }

  @Test
  void windows1256IsDecoded() throws IOException {
    Path f = write("cp1256.txt", REPORT.getBytes(Charset.forName("windows-1256")));
    Cli r = Cli.run("extract", f.toString(), "--json");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).contains("بوكو حرام");
  }

  @Test
  void utf16WithBomIsDecoded() throws IOException {
    byte[] body = REPORT.getBytes(StandardCharsets.UTF_16LE);
    byte[] bytes = new byte[body.length + 2];
    bytes[0] = (byte) 0xFF;
    bytes[1] = (byte) 0xFE;
    System.arraycopy(body, 0, bytes, 2, body.length);
    Cli r = Cli.run("extract", write("u16.txt", bytes).toString(), "--json");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).contains("بوكو حرام");
  }

  @Test
  void htmlSoupIsReducedToText() throws IOException {
    String html = "<html><head><script>var x='داعش';</script></head><body><div><p>" + REPORT
        + "</p><p>تابعونا</div></body>";
    Cli r = Cli.run("extract", write("page.html", html.getBytes(StandardCharsets.UTF_8)).toString(), "--json");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).contains("بوكو حرام").doesNotContain("var x");
  }

  @Test
  void emptyFileIsRefusedByName() throws IOException {
    assertRefused(write("empty.txt", new byte[0]), "empty.txt", "empty");
  }

  @Test
  void binaryFileIsRefusedByName() throws IOException {
    byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R'};
    assertRefused(write("image.png", png), "image.png", "binary");
  }

  @Test
  void oversizedFileIsRefusedByName() throws IOException {
    Path f = write("big.txt", REPORT.repeat(100).getBytes(StandardCharsets.UTF_8));
    Cli r = Cli.run("extract", f.toString(), "--max-bytes", "1000");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("big.txt").contains("too large");
  }

  @Test
  void missingFileIsRefusedByName() {
    Cli r = Cli.run("extract", dir.resolve("nowhere.txt").toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("nowhere.txt").contains("no such file").doesNotContain("Exception");
  }

  @Test
  void badDateIsRefusedWithTheValue() throws IOException {
    Path f = write("r.ar.txt", REPORT.getBytes(StandardCharsets.UTF_8));
    Cli r = Cli.run("extract", f.toString(), "--published", "2015-13-45");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("2015-13-45");
  }

  private void assertRefused(Path f, String name, String problem) {
    Cli r = Cli.run("extract", f.toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains(name).contains(problem);
    assertThat(r.err()).doesNotContain("\tat ").doesNotContain("Exception");
  }

  private Path write(String name, byte[] bytes) throws IOException {
    Path f = dir.resolve(name);
    Files.write(f, bytes);
    return f;
  }

  private static String slice(String text, JsonNode span) {
    int start = text.offsetByCodePoints(0, span.path("start").asInt());
    int end = text.offsetByCodePoints(0, span.path("end").asInt());
    return text.substring(start, end);
  }
}
