package org.marsad.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.marsad.kb.source.Sha256;
import org.marsad.kb.source.SourceFormat;
import org.marsad.kb.source.SourceReport;

/**
 * Reports built by recombining the paragraphs of the sample corpus: each keeps the opening paragraph of one
 * sample and adds two to four paragraphs drawn from other samples of the same language, plus a reference line
 * that makes it unique. Deterministic for a seed, so runs compare.
 */
public final class SyntheticReports {
  private final Map<String, List<List<String>>> byLanguage = new TreeMap<>();
  private final Random random;
  private long made;

  public SyntheticReports(Path samples, long seed) {
    this.random = new Random(seed);
    try (Stream<Path> files = Files.list(samples)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
        String name = f.getFileName().toString();
        String lang = name.substring(0, 2);
        List<String> paragraphs = new ArrayList<>();
        for (String p : Files.readString(f, StandardCharsets.UTF_8).split("\\n\\s*\\n")) {
          if (!p.isBlank()) {
            paragraphs.add(p.strip());
          }
        }
        byLanguage.computeIfAbsent(lang, k -> new ArrayList<>()).add(paragraphs);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read samples in " + samples, e);
    }
    if (byLanguage.isEmpty()) {
      throw new IllegalArgumentException("no sample reports (*.txt) in " + samples.toAbsolutePath());
    }
  }

  public SourceReport next() {
    long n = made++;
    // the languages in the sample corpus's own proportion: 2 of 3 reports Arabic
    List<String> langs = new ArrayList<>(byLanguage.keySet());
    String lang = random.nextInt(3) < 2 && byLanguage.containsKey("ar") ? "ar" : langs.get(random.nextInt(langs.size()));
    List<List<String>> docs = byLanguage.get(lang);
    List<String> lead = docs.get(random.nextInt(docs.size()));
    StringBuilder sb = new StringBuilder(lead.get(0));
    int extra = 2 + random.nextInt(3);
    for (int i = 0; i < extra; i++) {
      List<String> d = docs.get(random.nextInt(docs.size()));
      sb.append("\n\n").append(d.get(random.nextInt(d.size())));
    }
    sb.append("\n\nREF-").append(n).append('\n');
    String text = sb.toString();
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    LocalDate published = LocalDate.of(2012, 1, 1).plusDays(random.nextInt(13 * 365));
    return new SourceReport("synthetic-" + n + "." + lang + ".txt", bytes, Sha256.hex(bytes), text,
        Optional.empty(), Optional.empty(), Optional.of(published.toString()),
        Optional.of("source-" + random.nextInt(12)), "UTF-8", SourceFormat.TXT);
  }
}
