package org.marsad.kb.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TextFileReadingTest {
  private static final String ARABIC = "افتتح المجلس البلدي معرضا للكتاب يوم الأحد بحضور عدد كبير من الزوار.";
  private static final String FRENCH = "Le conseil municipal a inauguré samedi une nouvelle bibliothèque à Épinal.";

  @TempDir
  Path dir;

  @Test
  void utf8TextIsReadAsUtf8() {
    SourceReport r = Inputs.onlyReport(Inputs.write(dir, "a.txt", FRENCH, StandardCharsets.UTF_8));
    assertThat(r.text()).isEqualTo(FRENCH);
    assertThat(r.charset()).isEqualTo("UTF-8");
    assertThat(r.format()).isEqualTo(SourceFormat.TXT);
  }

  @Test
  void utf8ByteOrderMarkIsLeftOutOfTheTextButKeptInTheOriginal() {
    byte[] bytes = Inputs.concat(Inputs.UTF8_BOM, ARABIC.getBytes(StandardCharsets.UTF_8));
    SourceReport r = Inputs.onlyReport(Inputs.write(dir, "a.txt", bytes));
    assertThat(r.text()).isEqualTo(ARABIC);
    assertThat(r.original()).isEqualTo(bytes);
  }

  @Test
  void utf16LittleEndianWithByteOrderMarkIsDecoded() {
    byte[] bytes = Inputs.concat(Inputs.UTF16LE_BOM, ARABIC.getBytes(StandardCharsets.UTF_16LE));
    SourceReport r = Inputs.onlyReport(Inputs.write(dir, "a.txt", bytes));
    assertThat(r.text()).isEqualTo(ARABIC);
    assertThat(r.charset()).isEqualTo("UTF-16LE");
  }

  @Test
  void windows1256ArabicIsDecoded() {
    SourceReport r = Inputs.onlyReport(Inputs.write(dir, "a.txt", ARABIC, Inputs.WINDOWS_1256));
    assertThat(r.text()).isEqualTo(ARABIC);
    assertThat(r.charset()).isEqualTo("windows-1256");
  }

  @Test
  void iso88596ArabicIsDecoded() {
    SourceReport r = Inputs.onlyReport(Inputs.write(dir, "a.txt", ARABIC, Inputs.ISO_8859_6));
    assertThat(r.text()).isEqualTo(ARABIC);
    assertThat(r.charset()).isEqualTo("ISO-8859-6");
  }

  @Test
  void upperCaseExtensionIsReadLikeLowerCase() {
    SourceReport r = Inputs.onlyReport(Inputs.write(dir, "NOTE.TXT", FRENCH, StandardCharsets.UTF_8));
    assertThat(r.text()).isEqualTo(FRENCH);
  }

  @Test
  void emptyFileIsRejectedAsEmpty() {
    Rejected r = Inputs.onlyRejection(Inputs.write(dir, "vide.txt", new byte[0]));
    assertThat(r.reason()).contains("empty file");
    assertThat(r.input()).endsWith("vide.txt");
  }

  @Test
  void binaryDataIsRejectedAsBinary() {
    byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R'};
    Rejected r = Inputs.onlyRejection(Inputs.write(dir, "image.txt", png));
    assertThat(r.reason()).contains("binary data");
  }

  @Test
  void fileOverTheSizeLimitIsRejectedWithItsSizeAndTheLimit() {
    Path file = Inputs.write(dir, "long.txt", FRENCH.repeat(20), StandardCharsets.UTF_8);
    long size = FRENCH.repeat(20).getBytes(StandardCharsets.UTF_8).length;
    Rejected r = Inputs.onlyRejection(new ReportSources(100), file);
    assertThat(r.reason()).contains("too large").contains(size + " bytes").contains("limit of 100 bytes");
  }

  @Test
  void hugeFileIsRejectedBeforeItIsRead() throws IOException {
    Path file = dir.resolve("huge.txt");
    // Sparse, so it costs no disk; reading it whole would need an array larger than Java allows.
    try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
      raf.setLength(3L * 1024 * 1024 * 1024);
    }
    Rejected r = Inputs.onlyRejection(file);
    assertThat(r.reason()).contains("too large").contains(Long.toString(Files.size(file)));
  }
}
