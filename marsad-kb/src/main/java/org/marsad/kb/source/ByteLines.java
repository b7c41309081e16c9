package org.marsad.kb.source;

import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.Optional;

/**
 * Splits a byte stream into lines at {@code '\n'}, keeping each line's bytes, without reading the whole stream.
 * A line longer than the limit is measured and skipped rather than held, so one runaway line cannot exhaust
 * memory; it comes back with {@code tooLong} set and no bytes.
 */
final class ByteLines implements Closeable {
  private static final int BUFFER = 1 << 16;

  /** A line without its {@code '\n'} or {@code "\r\n"}; {@code number} counts from 1. */
  record Line(long number, byte[] bytes, long length, boolean tooLong) {
  }

  private final InputStream in;
  private final long maxLineBytes;
  private final byte[] buffer = new byte[BUFFER];
  private int position;
  private int limit;
  private long number;
  private boolean ended;

  ByteLines(InputStream in, long maxLineBytes) {
    this.in = in;
    this.maxLineBytes = maxLineBytes;
  }

  Optional<Line> next() throws IOException {
    if (ended) {
      return Optional.empty();
    }
    ByteArrayOutputStream line = new ByteArrayOutputStream();
    long length = 0;
    boolean sawAny = false;
    while (true) {
      if (position == limit && !fill()) {
        ended = true;
        if (!sawAny) {
          return Optional.empty();
        }
        break;
      }
      sawAny = true;
      int newline = indexOfNewline();
      int end = newline < 0 ? limit : newline;
      int count = end - position;
      if (length + count <= maxLineBytes) {
        line.write(buffer, position, count);
      }
      length += count;
      position = newline < 0 ? limit : newline + 1;
      if (newline >= 0) {
        break;
      }
    }
    number++;
    if (length > maxLineBytes) {
      return Optional.of(new Line(number, new byte[0], length, true));
    }
    byte[] bytes = line.toByteArray();
    int n = bytes.length;
    if (n > 0 && bytes[n - 1] == '\r') {
      bytes = Arrays.copyOf(bytes, n - 1);
    }
    return Optional.of(new Line(number, bytes, length, false));
  }

  private int indexOfNewline() {
    for (int i = position; i < limit; i++) {
      if (buffer[i] == '\n') {
        return i;
      }
    }
    return -1;
  }

  private boolean fill() throws IOException {
    int read;
    do {
      read = in.read(buffer, 0, buffer.length);
    } while (read == 0);
    if (read < 0) {
      return false;
    }
    position = 0;
    limit = read;
    return true;
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
