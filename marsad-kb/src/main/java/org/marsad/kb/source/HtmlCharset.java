package org.marsad.kb.source;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.marsad.text.ReportDecoder;

/**
 * Decodes the bytes of an HTML file to the markup string that jsoup then parses.
 *
 * <p>{@link ReportDecoder} decides first: it refuses empty, binary and oversized input and finds a byte-order
 * mark, UTF-8, or the likelier Arabic code page. Only when it had to guess a code page does a
 * {@code <meta charset>} in the first 1024 bytes win, as in browsers: a French page in windows-1252 would
 * otherwise come out as Windows-1256 letters.
 */
final class HtmlCharset {
  private static final int SNIFF_BYTES = 1024;
  private static final Pattern META_CHARSET = Pattern.compile(
      "<meta[^>]*?charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9_:.+-]+)", Pattern.CASE_INSENSITIVE);

  private HtmlCharset() {
  }

  /** Markup decoded but not yet parsed, and the name of the charset that decoded it. */
  record Markup(String html, String charset) {
  }

  /** Throws {@link org.marsad.text.InputException} for what ReportDecoder refuses. */
  static Markup decode(String input, byte[] bytes, ReportDecoder decoder) {
    String guessed = decoder.decode(input, bytes).charset();
    if (guessed.startsWith("UTF-")) {
      Charset cs = Charset.forName(guessed);
      int bom = bomLength(bytes);
      return new Markup(new String(bytes, bom, bytes.length - bom, cs), guessed);
    }
    Optional<Charset> declared = declared(bytes).filter(cs -> decodesStrictly(bytes, cs));
    Charset cs = declared.orElse(Charset.forName(guessed));
    return new Markup(new String(bytes, cs), declared.map(Charset::name).orElse(guessed));
  }

  static Optional<Charset> declared(byte[] bytes) {
    String head = new String(bytes, 0, Math.min(bytes.length, SNIFF_BYTES), StandardCharsets.ISO_8859_1);
    Matcher m = META_CHARSET.matcher(head);
    if (!m.find()) {
      return Optional.empty();
    }
    try {
      Charset cs = Charset.forName(m.group(1));
      // A page cannot declare UTF-16 in its own meta (it could not have been read to get there); HTML says so.
      return cs.name().startsWith("UTF-16") || cs.name().startsWith("UTF-32") ? Optional.empty() : Optional.of(cs);
    } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
      return Optional.empty();
    }
  }

  private static boolean decodesStrictly(byte[] bytes, Charset cs) {
    try {
      cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes));
      return true;
    } catch (CharacterCodingException | UnsupportedOperationException e) {
      return false;
    }
  }

  private static int bomLength(byte[] b) {
    if (b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
      return 3;
    }
    if (b.length >= 2 && ((b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF
        || (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE)) {
      return 2;
    }
    return 0;
  }
}
