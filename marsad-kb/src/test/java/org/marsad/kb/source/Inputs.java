package org.marsad.kb.source;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Writing sample inputs and reading them back, shared by the tests of this package. */
final class Inputs {
  static final Charset WINDOWS_1256 = Charset.forName("windows-1256");
  static final Charset ISO_8859_6 = Charset.forName("ISO-8859-6");
  static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
  static final byte[] UTF16LE_BOM = {(byte) 0xFF, (byte) 0xFE};
  static final byte[] UTF16BE_BOM = {(byte) 0xFE, (byte) 0xFF};

  private Inputs() {
  }

  static Path write(Path folder, String name, byte[] bytes) {
    try {
      Path file = folder.resolve(name);
      Files.createDirectories(file.getParent());
      return Files.write(file, bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Path write(Path folder, String name, String text, Charset charset) {
    return write(folder, name, text.getBytes(charset));
  }

  static byte[] concat(byte[]... parts) {
    int n = 0;
    for (byte[] p : parts) {
      n += p.length;
    }
    byte[] out = new byte[n];
    int at = 0;
    for (byte[] p : parts) {
      System.arraycopy(p, 0, out, at, p.length);
      at += p.length;
    }
    return out;
  }

  static List<SourceItem> readAll(ReportSources sources, Path... paths) {
    try (Stream<SourceItem> items = sources.read(List.of(paths))) {
      return items.collect(Collectors.toList());
    }
  }

  static List<SourceItem> readAll(Path... paths) {
    return readAll(ReportSources.withDefaults(), paths);
  }

  /** The only item of an input that must yield exactly one, as a report. */
  static SourceReport onlyReport(Path file) {
    List<SourceItem> items = readAll(file);
    if (items.size() != 1 || !(items.get(0) instanceof SourceReport report)) {
      throw new AssertionError("expected one report from " + file + ", got " + items);
    }
    return report;
  }

  /** The only item of an input that must yield exactly one, as a rejection. */
  static Rejected onlyRejection(ReportSources sources, Path file) {
    List<SourceItem> items = readAll(sources, file);
    if (items.size() != 1 || !(items.get(0) instanceof Rejected rejected)) {
      throw new AssertionError("expected one rejection of " + file + ", got " + items);
    }
    return rejected;
  }

  static Rejected onlyRejection(Path file) {
    return onlyRejection(ReportSources.withDefaults(), file);
  }

  static List<String> inputs(List<SourceItem> items) {
    return items.stream().map(SourceItem::input).collect(Collectors.toList());
  }

  static String digest(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  static void deleteTree(Path root) throws IOException {
    try (Stream<Path> paths = Files.walk(root)) {
      for (Path p : paths.sorted(Comparator.reverseOrder()).collect(Collectors.toList())) {
        Files.deleteIfExists(p);
      }
    }
  }

  /** Line {@code number} (from 1) of a file, without its line break, and line 1 without a UTF-8 mark. */
  static byte[] jsonlLine(byte[] file, long number) {
    int start = 0;
    for (long n = 1; n < number; n++) {
      start = indexOfNewline(file, start) + 1;
    }
    int end = indexOfNewline(file, start);
    end = end < 0 ? file.length : end;
    byte[] line = Arrays.copyOfRange(file, start, end);
    if (line.length > 0 && line[line.length - 1] == '\r') {
      line = Arrays.copyOf(line, line.length - 1);
    }
    if (number == 1 && line.length >= 3 && Arrays.equals(Arrays.copyOf(line, 3), Inputs.UTF8_BOM)) {
      line = Arrays.copyOfRange(line, 3, line.length);
    }
    return line;
  }

  private static int indexOfNewline(byte[] bytes, int from) {
    for (int i = from; i < bytes.length; i++) {
      if (bytes[i] == '\n') {
        return i;
      }
    }
    return -1;
  }
}
