package org.marsad.kb.gazetteer;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Streams a GeoNames dump (cities500.txt, allCountries.txt, a country file: 19 tab-separated columns, no header,
 * UTF-8) to a consumer one record at a time, so allCountries' millions of lines never sit in memory.
 *
 * <p>A malformed line is counted, the first few are kept as examples, and reading goes on: one bad row in a
 * million is no reason to refuse a dump. A file that is not a dump at all fails fast with a
 * {@link GazetteerException}: compressed archives, text that is not UTF-8, and files whose first
 * {@value #PROBE_LINES} lines (or all lines, if fewer) are all malformed.
 */
public final class GeoNamesReader {
  public static final int DEFAULT_EXAMPLES = 20;
  static final int PROBE_LINES = 20;
  /** GeoNames caps alternatenames at 10,000 characters, so a real line stays far below this. */
  static final int MAX_LINE_BYTES = 200_000;

  private final int maxExamples;

  public GeoNamesReader() {
    this(DEFAULT_EXAMPLES);
  }

  public GeoNamesReader(int maxExamples) {
    if (maxExamples < 0) {
      throw new IllegalArgumentException("maxExamples must not be negative: " + maxExamples);
    }
    this.maxExamples = maxExamples;
  }

  public ReadReport read(Path file, Consumer<GeoNamesRecord> sink) {
    if (!Files.isRegularFile(file)) {
      throw new GazetteerException(file + ": no such file (expected a GeoNames dump such as cities500.txt)");
    }
    try (InputStream in = Files.newInputStream(file)) {
      return read(file.toString(), in, sink);
    } catch (IOException e) {
      throw new GazetteerException(file + ": cannot read: " + e.getMessage(), e);
    }
  }

  /** Reads from a stream; {@code source} names it in messages. The stream is not closed. */
  public ReadReport read(String source, InputStream raw, Consumer<GeoNamesRecord> sink) {
    BufferedInputStream in = new BufferedInputStream(raw);
    long lineNo = 0;
    long lines = 0;
    long records = 0;
    long malformed = 0;
    MalformedLine first = null;
    List<MalformedLine> examples = new ArrayList<>();
    try {
      refuseArchives(source, in);
      LineReader reader = new LineReader(in, MAX_LINE_BYTES);
      String line;
      while ((line = reader.next()) != null) {
        lineNo++;
        if (lineNo == 1 && line.startsWith("\uFEFF")) {
          line = line.substring(1);
        }
        if (line.isBlank()) {
          continue;
        }
        lines++;
        GeoNamesLines.Parsed p = reader.truncated()
            ? new GeoNamesLines.Parsed(null, "is longer than " + MAX_LINE_BYTES + " bytes")
            : GeoNamesLines.parse(line);
        if (p.record() != null) {
          records++;
          sink.accept(p.record());
          continue;
        }
        malformed++;
        MalformedLine m = new MalformedLine(lineNo, p.problem(), excerpt(line));
        first = first == null ? m : first;
        if (examples.size() < maxExamples) {
          examples.add(m);
        }
        if (records == 0 && malformed >= PROBE_LINES) {
          throw notADump(source, first, "none of the first " + PROBE_LINES + " lines is a GeoNames record; ");
        }
      }
    } catch (CharacterCodingException e) {
      throw new GazetteerException(source + ": not UTF-8 text (GeoNames dumps are UTF-8): undecodable bytes "
          + "in line " + (lineNo + 1), e);
    } catch (IOException e) {
      throw new GazetteerException(source + ": cannot read at line " + (lineNo + 1) + ": " + e.getMessage(), e);
    }
    if (lines == 0) {
      throw new GazetteerException(source + ": not a GeoNames dump: the file is empty");
    }
    if (records == 0) {
      throw notADump(source, first, lines == 1 ? "" : "none of its " + lines + " lines is a GeoNames record; ");
    }
    return new ReadReport(source, lines, records, malformed, examples);
  }

  private static GazetteerException notADump(String source, MalformedLine first, String overall) {
    return new GazetteerException(source + ": not a GeoNames dump: " + overall + "line " + first.line() + " "
        + first.problem());
  }

  private static void refuseArchives(String source, BufferedInputStream in) throws IOException {
    in.mark(4);
    byte[] head = in.readNBytes(4);
    in.reset();
    String kind = null;
    if (head.length == 4 && head[0] == 'P' && head[1] == 'K' && (head[2] == 3 || head[2] == 5)) {
      kind = "a zip archive (unzip it first: GeoNames serves allCountries.zip and cities500.zip)";
    } else if (head.length >= 2 && (head[0] & 0xFF) == 0x1F && (head[1] & 0xFF) == 0x8B) {
      kind = "gzip-compressed (decompress it first)";
    } else if (head.length >= 3 && head[0] == 'B' && head[1] == 'Z' && head[2] == 'h') {
      kind = "bzip2-compressed (decompress it first)";
    }
    if (kind != null) {
      throw new GazetteerException(source + ": not a GeoNames dump: the file is " + kind);
    }
  }

  /** The start of a line with tabs and control characters made visible, to find it in an editor. */
  static String excerpt(String line) {
    StringBuilder sb = new StringBuilder();
    int n = Math.min(line.length(), 80);
    if (n > 0 && n < line.length() && Character.isHighSurrogate(line.charAt(n - 1))) {
      n--;
    }
    for (int i = 0; i < n; i++) {
      char c = line.charAt(i);
      sb.append(c == '\t' ? '\u2192' : Character.isISOControl(c) ? '\u00B7' : c);
    }
    if (line.length() > n) {
      sb.append('\u2026');
    }
    return sb.toString();
  }
}
