package org.marsad.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** For any bytes the decoder returns text or refuses with a message that names the input; it never crashes. */
class DecoderProperties {
  private static final String NAME = "x.bin";
  private static final byte[][] BOMS = {{}, {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, {(byte) 0xFF, (byte) 0xFE},
      {(byte) 0xFE, (byte) 0xFF}};
  private static final Charset[] CHARSETS = {StandardCharsets.UTF_8, StandardCharsets.UTF_16LE,
      StandardCharsets.UTF_16BE, Charset.forName("windows-1256"), Charset.forName("ISO-8859-6")};
  /** No '<', no control chars, no leading BOM: text that must come back exactly as it went in. */
  private static final String[] TEXT_PIECES = {"داعش", "بِسْمِ", "الجـزائر", "أق غالي", "ورڤلة", "،", ".", " ",
      "\n", "\u200F", "\u202B", "«", "»", "😀", "٢٠١٣", "Tillabéri", "AQIM", "\u00A0", "\uFEFB"};
  private static final String[] HTML_PIECES = {"<p>", "</p>", "<script>", "</script>", "<SCRIPT>", "<style",
      "<!--", "-->", "<br/>", "<div class=x>", "&amp;", "&#x0;", "&#xD800;", "&#1604;", "&#-5;", "&#x110000;",
      "&nbsp;", "&", "<", ">", "İ", "داعش", " ", "\n", "\u0000"};

  @Provide
  Arbitrary<byte[]> anyBytes() {
    Arbitrary<byte[]> random = Arbitraries.bytes().array(byte[].class).ofMaxSize(4096);
    Arbitrary<byte[]> markedRandom = Combinators.combine(Arbitraries.of(BOMS), random).as(DecoderProperties::concat);
    Arbitrary<byte[]> encoded = Combinators.combine(Arbitraries.of(BOMS), texts(TEXT_PIECES), Arbitraries.of(CHARSETS))
        .as((bom, text, cs) -> concat(bom, text.getBytes(cs)));
    Arbitrary<byte[]> html = texts(HTML_PIECES).map(s -> s.getBytes(StandardCharsets.UTF_8));
    return Arbitraries.oneOf(random, markedRandom, encoded, html);
  }

  @Provide
  Arbitrary<String> plainTexts() {
    return texts(TEXT_PIECES).filter(s -> !s.isBlank());
  }

  private static Arbitrary<String> texts(String[] pieces) {
    return Arbitraries.of(pieces).list().ofMaxSize(200).map(l -> String.join("", l));
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] out = new byte[a.length + b.length];
    System.arraycopy(a, 0, out, 0, a.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }

  @Property(tries = 2000)
  void decodesOrRefusesNamingTheInput(@ForAll("anyBytes") byte[] bytes) {
    try {
      DecodedText decoded = ReportDecoder.withDefaults().decode(NAME, bytes);
      assertThat(decoded.text()).isNotBlank().doesNotContain("\u0000");
    } catch (InputException e) {
      assertThat(e.getMessage()).startsWith(NAME);
    }
  }

  @Property(tries = 500)
  void unicodeTextComesBackUnchanged(@ForAll("plainTexts") String text) {
    ReportDecoder decoder = ReportDecoder.withDefaults();
    assertThat(decoder.decode(NAME, text.getBytes(StandardCharsets.UTF_8)).text()).isEqualTo(text);
    assertThat(decoder.decode(NAME, concat(BOMS[1], text.getBytes(StandardCharsets.UTF_8))).text()).isEqualTo(text);
    assertThat(decoder.decode(NAME, concat(BOMS[2], text.getBytes(StandardCharsets.UTF_16LE))).text())
        .isEqualTo(text);
    assertThat(decoder.decode(NAME, concat(BOMS[3], text.getBytes(StandardCharsets.UTF_16BE))).text())
        .isEqualTo(text);
  }
}
