package org.marsad.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The Arabic sample reports, repeated whole until they add up to about 1 MiB of UTF-8, so that every benchmark
 * reads exactly the same bytes and each report weighs the same.
 */
public final class Corpus {
  public static final String DEFAULT_DIR = "samples";
  public static final String REPORT_GLOB = "ar-*.ar.txt";
  public static final long TARGET_BYTES = 1L << 20;

  /** One sample file, kept by name so that a failure can say which report broke. */
  public record Report(String name, String text) {}

  private final List<Report> distinct;
  private final List<String> texts;
  private final long utf8Bytes;

  private Corpus(List<Report> distinct, List<String> texts, long utf8Bytes) {
    this.distinct = List.copyOf(distinct);
    this.texts = List.copyOf(texts);
    this.utf8Bytes = utf8Bytes;
  }

  public static Corpus load(Path dir) {
    if (!Files.isDirectory(dir)) {
      throw new IllegalArgumentException("sample directory not found: " + dir.toAbsolutePath()
          + " (run from the repository root, or pass --samples DIR / -p samplesDir=DIR)");
    }
    List<Report> reports = readReports(dir);
    if (reports.isEmpty()) {
      throw new IllegalArgumentException("no " + REPORT_GLOB + " files in " + dir.toAbsolutePath());
    }
    long passBytes = reports.stream().mapToLong(r -> utf8Length(r.text())).sum();
    if (passBytes == 0) {
      throw new IllegalArgumentException("all " + REPORT_GLOB + " files are empty in " + dir.toAbsolutePath());
    }
    // whole passes only, so no report is cut and the mix stays the same as in the samples
    long passes = (TARGET_BYTES + passBytes - 1) / passBytes;
    List<String> texts = new ArrayList<>();
    for (long p = 0; p < passes; p++) {
      reports.forEach(r -> texts.add(r.text()));
    }
    return new Corpus(reports, texts, passes * passBytes);
  }

  /** The distinct sample reports, in file-name order. */
  public List<Report> distinct() {
    return distinct;
  }

  /** The reports of the whole corpus, with repetitions: what one benchmark invocation processes. */
  public List<String> texts() {
    return texts;
  }

  public long utf8Bytes() {
    return utf8Bytes;
  }

  private static List<Report> readReports(Path dir) {
    List<Path> files = new ArrayList<>();
    try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir, REPORT_GLOB)) {
      ds.forEach(files::add);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + dir.toAbsolutePath(), e);
    }
    files.sort(null);
    List<Report> reports = new ArrayList<>();
    for (Path f : files) {
      try {
        // strict UTF-8: a malformed sample fails here rather than skewing the byte count
        reports.add(new Report(f.getFileName().toString(), Files.readString(f, StandardCharsets.UTF_8)));
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read sample " + f.toAbsolutePath(), e);
      }
    }
    return reports;
  }

  private static long utf8Length(String s) {
    return s.getBytes(StandardCharsets.UTF_8).length;
  }
}
