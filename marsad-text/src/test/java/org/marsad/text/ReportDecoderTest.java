package org.marsad.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class ReportDecoderTest {
  private static final String NAME = "report-17.txt";
  private static final String SENTENCE = "أعلنت جماعة نصرة الإسلام والمسلمين مسؤوليتها عن الهجوم على معسكر بولكيسي.";

  private static DecodedText decode(byte[] bytes) {
    return ReportDecoder.withDefaults().decode(NAME, bytes);
  }

  private static InputException refusal(ReportDecoder decoder, byte[] bytes) {
    InputException e = catchThrowableOfType(InputException.class,
        () -> decoder.decode(NAME, bytes));
    assertThat(e).as("refusal of %d bytes", bytes.length).isNotNull();
    assertThat(e.input()).isEqualTo(NAME);
    assertThat(e).hasMessageStartingWith(NAME + ": ");
    return e;
  }

  private static InputException refusal(byte[] bytes) {
    return refusal(ReportDecoder.withDefaults(), bytes);
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] out = new byte[a.length + b.length];
    System.arraycopy(a, 0, out, 0, a.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }

  private static void assertDecodes(byte[] bytes, String text, String charset) {
    DecodedText d = decode(bytes);
    assertThat(d.text()).isEqualTo(text);
    assertThat(d.charset()).isEqualTo(charset);
    assertThat(d.fromHtml()).isFalse();
  }

  @Test
  void testUtf8() {
    assertDecodes(SENTENCE.getBytes(StandardCharsets.UTF_8), SENTENCE, "UTF-8");
  }

  @Test
  void testUtf8WithBom() {
    byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    assertDecodes(concat(bom, SENTENCE.getBytes(StandardCharsets.UTF_8)), SENTENCE, "UTF-8");
  }

  @Test
  void testUtf16LittleEndianWithBom() {
    byte[] bom = {(byte) 0xFF, (byte) 0xFE};
    assertDecodes(concat(bom, SENTENCE.getBytes(StandardCharsets.UTF_16LE)), SENTENCE, "UTF-16LE");
  }

  @Test
  void testUtf16BigEndianWithBom() {
    byte[] bom = {(byte) 0xFE, (byte) 0xFF};
    assertDecodes(concat(bom, SENTENCE.getBytes(StandardCharsets.UTF_16BE)), SENTENCE, "UTF-16BE");
  }

  @Test
  void testWindows1256() {
    assertDecodes(SENTENCE.getBytes(Charset.forName("windows-1256")), SENTENCE, "windows-1256");
  }

  @Test
  void testIso88596() {
    assertDecodes(SENTENCE.getBytes(Charset.forName("ISO-8859-6")), SENTENCE, "ISO-8859-6");
  }

  @Test
  void testEmpty() {
    assertThat(refusal(new byte[0])).hasMessageContaining("empty");
  }

  @Test
  void testWhiteSpaceOnly() {
    assertThat(refusal(" \n\t ".getBytes(StandardCharsets.US_ASCII))).hasMessageContaining("white space");
  }

  @Test
  void testBinary() {
    byte[] pngHeader = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R'};
    assertThat(refusal(pngHeader)).hasMessageContaining("binary");
  }

  @Test
  void testValidUtf8WithNul() {
    assertThat(refusal("text\0more".getBytes(StandardCharsets.UTF_8))).hasMessageContaining("binary");
  }

  @Test
  void testLyingByteOrderMark() {
    // A lone high surrogate, then an odd trailing byte: not UTF-16LE whatever the mark says.
    byte[] bytes = {(byte) 0xFF, (byte) 0xFE, 0x00, (byte) 0xD8, 0x41};
    assertThat(refusal(bytes)).hasMessageContaining("byte-order mark");
  }

  @Test
  void testHtml() {
    String html = "<html><head><title>خبر</title><script>alert(1)</script></head><body>"
        + "<p>أعلنت الجماعة مسؤوليتها.</p><p>قتل ثلاثة جنود &laquo;في الكمين&raquo;.</p></body></html>";
    DecodedText d = decode(html.getBytes(StandardCharsets.UTF_8));
    assertThat(d.fromHtml()).isTrue();
    assertThat(d.text()).doesNotContain("alert").doesNotContain("<")
        .contains("أعلنت الجماعة مسؤوليتها.\n")
        .endsWith("قتل ثلاثة جنود «في الكمين».");
  }

  @Test
  void testTooLarge() {
    byte[] bytes = SENTENCE.repeat(20).getBytes(StandardCharsets.UTF_8);
    InputException e = refusal(new ReportDecoder(1000), Arrays.copyOf(bytes, 2000));
    assertThat(e).hasMessageContaining("too large").hasMessageContaining("2000");
  }

  @Test
  void testFiftyMegabytes() {
    String line = SENTENCE + "\n";
    int copies = 50 * 1024 * 1024 / line.getBytes(StandardCharsets.UTF_8).length + 1;
    String text = line.repeat(copies);
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    assertThat(bytes.length).isGreaterThan(50 * 1024 * 1024);
    DecodedText d = decode(bytes);
    assertThat(d.charset()).isEqualTo("UTF-8");
    assertThat(d.text().length()).isEqualTo(text.length());
    assertThat(d.text().equals(text)).as("50 MB decoded text equals the original").isTrue();
  }
}
