package org.marsad.kb.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OriginalBytesTest {
  private static final String TEXT = "Des centaines d'habitants ont assisté à la cérémonie d'ouverture du festival.";

  @TempDir
  Path dir;

  private static String digest(byte[] bytes) throws Exception {
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
  }

  @Test
  void sha256IsTheDigestOfTheFileBytes() throws Exception {
    Path file = Inputs.write(dir, "a.txt", TEXT, Inputs.WINDOWS_1256);
    assertThat(Inputs.onlyReport(file).sha256()).isEqualTo(digest(Files.readAllBytes(file)));
  }

  @Test
  void originalIsExactlyTheFileBytes() throws Exception {
    String html = "<html><body><article><p>" + TEXT + "</p></article></body></html>\r\n";
    Path file = Inputs.write(dir, "a.html", html, StandardCharsets.UTF_8);
    assertThat(Inputs.onlyReport(file).original()).isEqualTo(Files.readAllBytes(file));
  }

  @Test
  void sameContentInTwoFilesHasTheSameSha256() {
    Path one = Inputs.write(dir, "one/a.txt", TEXT, StandardCharsets.UTF_8);
    Path two = Inputs.write(dir, "two/copy.txt", TEXT, StandardCharsets.UTF_8);
    assertThat(Inputs.onlyReport(one).sha256()).isEqualTo(Inputs.onlyReport(two).sha256());
  }

  @Test
  void sameJsonlLineInTwoFilesHasTheSameSha256() {
    String line = "{\"text\":\"" + TEXT.replace("'", "’") + "\"}";
    Path one = Inputs.write(dir, "one.jsonl", line + "\n", StandardCharsets.UTF_8);
    Path two = Inputs.write(dir, "two.jsonl", "{\"text\":\"Autre.\"}\n" + line, StandardCharsets.UTF_8);
    List<SourceItem> second = Inputs.readAll(two);
    assertThat(((SourceReport) second.get(1)).sha256()).isEqualTo(Inputs.onlyReport(one).sha256());
  }

  @Test
  void differentContentHasADifferentSha256() {
    Path one = Inputs.write(dir, "a.txt", TEXT, StandardCharsets.UTF_8);
    Path two = Inputs.write(dir, "b.txt", TEXT + " ", StandardCharsets.UTF_8);
    assertThat(Inputs.onlyReport(one).sha256()).isNotEqualTo(Inputs.onlyReport(two).sha256());
  }

  @Test
  void sha256HexMatchesMessageDigest() throws Exception {
    byte[] bytes = TEXT.getBytes(StandardCharsets.UTF_16LE);
    assertThat(Sha256.hex(bytes)).isEqualTo(digest(bytes)).hasSize(64);
  }
}
