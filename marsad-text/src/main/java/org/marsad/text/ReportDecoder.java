package org.marsad.text;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Turns the bytes of a report into text, or refuses with a reason that names the input.
 *
 * <p>Order: empty is refused; a byte-order mark decides UTF-8 or UTF-16; bytes that decode as strict UTF-8 are
 * UTF-8; NUL bytes or many control bytes mean binary and are refused; otherwise the single-byte Arabic code page
 * that yields more Arabic letters wins (Windows-1256 or ISO-8859-6). HTML is reduced to its text.
 */
public final class ReportDecoder {
  public static final long DEFAULT_MAX_BYTES = 64L * 1024 * 1024;
  private static final Charset WINDOWS_1256 = Charset.forName("windows-1256");
  private static final Charset ISO_8859_6 = Charset.forName("ISO-8859-6");

  private final long maxBytes;

  public ReportDecoder(long maxBytes) {
    this.maxBytes = maxBytes;
  }

  public static ReportDecoder withDefaults() {
    return new ReportDecoder(DEFAULT_MAX_BYTES);
  }

  public DecodedText decode(String input, byte[] bytes) {
    if (bytes.length > maxBytes) {
      throw new InputException(input, "too large: " + bytes.length + " bytes, over the limit of " + maxBytes
          + " bytes; split the file or raise the limit (--max-bytes)");
    }
    if (bytes.length == 0) {
      throw new InputException(input, "empty file: there is no text to read");
    }
    String charset;
    String text;
    if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
      charset = "UTF-8";
      text = strict(input, bytes, 3, StandardCharsets.UTF_8);
    } else if (startsWith(bytes, 0xFF, 0xFE)) {
      charset = "UTF-16LE";
      text = strict(input, bytes, 2, StandardCharsets.UTF_16LE);
    } else if (startsWith(bytes, 0xFE, 0xFF)) {
      charset = "UTF-16BE";
      text = strict(input, bytes, 2, StandardCharsets.UTF_16BE);
    } else {
      String utf8 = tryDecode(bytes, StandardCharsets.UTF_8);
      if (utf8 != null) {
        charset = "UTF-8";
        text = utf8;
      } else {
        if (looksBinary(bytes)) {
          throw new InputException(input, "binary data, not text (found NUL or control bytes); "
              + "give a .txt, .html or UTF-8/UTF-16/Windows-1256 text file");
        }
        String cp1256 = tryDecode(bytes, WINDOWS_1256);
        String iso = tryDecode(bytes, ISO_8859_6);
        if (cp1256 == null && iso == null) {
          throw new InputException(input, "cannot decode: not UTF-8, UTF-16, Windows-1256 or ISO-8859-6");
        }
        if (iso != null && (cp1256 == null || arabicLetters(iso) > arabicLetters(cp1256))) {
          charset = "ISO-8859-6";
          text = iso;
        } else {
          charset = "windows-1256";
          text = cp1256;
        }
      }
    }
    if (looksBinary(text)) {
      throw new InputException(input, "binary data, not text (found NUL or control characters after decoding "
          + charset + ")");
    }
    boolean html = HtmlText.looksLikeHtml(text);
    if (html) {
      text = HtmlText.extract(text);
    }
    if (text.isBlank()) {
      throw new InputException(input, html ? "HTML without any visible text" : "only white space, no text");
    }
    return new DecodedText(text, charset, html);
  }

  private static boolean startsWith(byte[] b, int... prefix) {
    if (b.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if ((b[i] & 0xFF) != prefix[i]) {
        return false;
      }
    }
    return true;
  }

  private static String strict(String input, byte[] bytes, int skip, Charset cs) {
    String s = tryDecode(ByteBuffer.wrap(bytes, skip, bytes.length - skip), cs);
    if (s == null) {
      throw new InputException(input, "the byte-order mark says " + cs.name() + " but the bytes are not valid "
          + cs.name());
    }
    return s;
  }

  private static String tryDecode(byte[] bytes, Charset cs) {
    return tryDecode(ByteBuffer.wrap(bytes), cs);
  }

  private static String tryDecode(ByteBuffer bytes, Charset cs) {
    CharsetDecoder d = cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    try {
      CharBuffer out = d.decode(bytes);
      return out.toString();
    } catch (CharacterCodingException e) {
      return null;
    }
  }

  private static boolean looksBinary(byte[] b) {
    int control = 0;
    int n = Math.min(b.length, 1 << 16);
    for (int i = 0; i < n; i++) {
      int c = b[i] & 0xFF;
      if (c == 0) {
        return true;
      }
      if (c < 0x09 || (c > 0x0D && c < 0x20 && c != 0x1B)) {
        control++;
      }
    }
    return control > n / 20;
  }

  private static boolean looksBinary(String s) {
    int control = 0;
    int n = Math.min(s.length(), 1 << 16);
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      if (c == 0) {
        return true;
      }
      if (c < 0x09 || (c > 0x0D && c < 0x20)) {
        control++;
      }
    }
    return control > n / 20;
  }

  private static int arabicLetters(String s) {
    int k = 0;
    for (int i = 0; i < s.length(); i++) {
      if (ArabicLetters.isArabicLetter(s.charAt(i))) {
        k++;
      }
    }
    return k;
  }
}
