package org.marsad.kb.gazetteer;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Reads UTF-8 lines with a length cap. Lines are split on the '\n' byte, which never occurs inside a UTF-8
 * sequence, and each is decoded on its own, so a decoding error names its line (a streaming decoder fails a
 * buffer ahead). The cap keeps a file without line breaks from exhausting memory the way
 * {@code BufferedReader.readLine} would. A '\r' before the '\n' is dropped.
 */
final class LineReader {
  private final InputStream in;
  private final int maxBytes;
  private final CharsetDecoder strict = StandardCharsets.UTF_8.newDecoder()
      .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
  private final byte[] buf = new byte[1 << 16];
  private byte[] line = new byte[1024];
  private int pos;
  private int len;
  private boolean truncated;

  LineReader(InputStream in, int maxBytes) {
    this.in = in;
    this.maxBytes = maxBytes;
  }

  /**
   * The next line, or null at the end of input. A line over the cap comes back cut (decoded leniently, for
   * showing only) with {@link #truncated()} set.
   */
  String next() throws IOException {
    int n = 0;
    truncated = false;
    boolean any = false;
    while (true) {
      if (pos == len) {
        len = Math.max(in.read(buf, 0, buf.length), 0);
        pos = 0;
        if (len == 0) {
          return any ? decode(n) : null;
        }
      }
      any = true;
      int start = pos;
      while (pos < len && buf[pos] != '\n') {
        pos++;
      }
      int take = Math.min(pos - start, maxBytes - n);
      truncated |= take < pos - start;
      if (n + take > line.length) {
        line = Arrays.copyOf(line, Math.max(n + take, line.length * 2));
      }
      System.arraycopy(buf, start, line, n, take);
      n += take;
      if (pos < len) {
        pos++;
        return decode(n);
      }
    }
  }

  /** Whether the line last returned was cut at the cap. */
  boolean truncated() {
    return truncated;
  }

  private String decode(int n) throws CharacterCodingException {
    if (n > 0 && line[n - 1] == '\r') {
      n--;
    }
    if (truncated) {
      return new String(line, 0, Math.min(n, 200), StandardCharsets.UTF_8);
    }
    return strict.decode(ByteBuffer.wrap(line, 0, n)).toString();
  }
}
