package org.marsad.kb.source;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Optional;

/**
 * The reports of one JSON Lines file, read line by line while iterating: the file is open until the last line
 * is read or {@link #close()} is called, and only one line is held at a time.
 *
 * <p>Blank lines are skipped and still counted, so line numbers match an editor's. A leading UTF-8 byte-order
 * mark belongs to the file, not to the first report, and is left out of that report's bytes; a UTF-16 one
 * rejects the whole file. An empty file, or one of blank lines only, is one rejection rather than nothing.
 */
final class JsonlReports implements Iterator<SourceItem>, AutoCloseable {
  private final String input;
  private final ByteLines lines;
  private final long maxLineBytes;
  private SourceItem next;
  private boolean done;
  private long items;
  private long lastLine;

  private JsonlReports(String input, ByteLines lines, long maxLineBytes) {
    this.input = input;
    this.lines = lines;
    this.maxLineBytes = maxLineBytes;
  }

  /** Opens the file; the caller turns a failure to open into a rejection of the whole file. */
  static JsonlReports open(Path file, String input, long maxLineBytes) throws IOException {
    InputStream in = Files.newInputStream(file);
    return new JsonlReports(input, new ByteLines(in, maxLineBytes), maxLineBytes);
  }

  /** Lines that are not blank, by the same rule as reading; a cheap estimate of the reports to come. */
  static long countReports(Path file) throws IOException {
    long n = 0;
    boolean lineHasText = false;
    byte[] buffer = new byte[1 << 16];
    try (InputStream in = Files.newInputStream(file)) {
      boolean first = true;
      for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
        // A UTF-8 mark opening the file is not text: a file of a mark and blank lines holds no report.
        int from = first && startsWith(Arrays.copyOf(buffer, Math.min(read, 3)), 0xEF, 0xBB, 0xBF) ? 3 : 0;
        first = false;
        for (int i = from; i < read; i++) {
          byte b = buffer[i];
          if (b == '\n') {
            n += lineHasText ? 1 : 0;
            lineHasText = false;
          } else if (!isBlankByte(b)) {
            lineHasText = true;
          }
        }
      }
    }
    return n + (lineHasText ? 1 : 0);
  }

  @Override
  public boolean hasNext() {
    if (next == null && !done) {
      next = advance();
    }
    return next != null;
  }

  @Override
  public SourceItem next() {
    if (!hasNext()) {
      throw new NoSuchElementException(input);
    }
    SourceItem item = next;
    next = null;
    return item;
  }

  private SourceItem advance() {
    try {
      Optional<ByteLines.Line> line;
      while ((line = lines.next()).isPresent()) {
        lastLine = line.get().number();
        Optional<SourceItem> item = read(line.get());
        if (item.isPresent()) {
          items++;
          return item.get();
        }
      }
      finish();
      return items == 0 ? new Rejected(input, lastLine == 0 ? "empty file" : "no reports: only blank lines")
          : null;
    } catch (IOException | UncheckedIOException e) {
      finish();
      return new Rejected(input, "read failed after line " + lastLine + ": " + e.getMessage());
    }
  }

  private Optional<SourceItem> read(ByteLines.Line line) {
    long number = line.number();
    if (line.tooLong()) {
      return Optional.of(new Rejected(input + ":" + number, "line " + number + " too large: " + line.length()
          + " bytes, over the limit of " + maxLineBytes + " bytes"));
    }
    byte[] bytes = line.bytes();
    if (number == 1 && startsWith(bytes, 0xFF, 0xFE) || number == 1 && startsWith(bytes, 0xFE, 0xFF)) {
      finish();
      return Optional.of(new Rejected(input, "JSON Lines must be UTF-8, found a UTF-16 byte-order mark"));
    }
    if (number == 1 && startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
      bytes = Arrays.copyOfRange(bytes, 3, bytes.length);
    }
    if (isBlank(bytes)) {
      return Optional.empty();
    }
    return Optional.of(JsonlLine.parse(input, number, bytes));
  }

  private static boolean isBlank(byte[] bytes) {
    for (byte b : bytes) {
      if (!isBlankByte(b)) {
        return false;
      }
    }
    return true;
  }

  private static boolean isBlankByte(byte b) {
    return b == ' ' || b == '\t' || b == '\r' || b == '\f';
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

  private void finish() {
    done = true;
    close();
  }

  @Override
  public void close() {
    done = true;
    try {
      lines.close();
    } catch (IOException e) {
      // Nothing was written; a failure to close a file we only read loses nothing.
    }
  }
}
