package org.marsad.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.app.eval.Corpus;
import org.marsad.kb.search.ReportIndex;
import org.marsad.kb.store.Database;
import org.marsad.kb.store.StoreLocation;

/**
 * Kills an ingest process with SIGKILL in the middle of a batch, then checks that the store holds only whole
 * reports, and that running the same command again finishes the batch with nothing lost and nothing twice.
 * The reference is the same batch ingested without interruption.
 */
class IngestCrashTest {
  private static final int COPIES = 12;

  @TempDir
  Path dir;

  // Reopening a killed H2 store once spun without end inside H2 (CI, 1 run in 8); a hang must fail this test,
  // not use up the build's time. The test takes under a minute.
  @Test
  @Timeout(value = 5, unit = TimeUnit.MINUTES, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
  void aKilledIngestLeavesWholeReportsAndResumesWithoutLossOrDuplicates() throws Exception {
    Path batch = batch(dir.resolve("batch"));
    Path reference = dir.resolve("reference");
    assertThat(run("ingest", batch.toString(), "--data", reference.toString())).isZero();
    Map<String, long[]> expected = perReport(reference);
    assertThat(expected).hasSize(30 * COPIES);

    Path crashed = dir.resolve("crashed");
    killMidway(batch, crashed);
    Map<String, long[]> afterKill = perReport(crashed);
    assertThat(afterKill.size()).as("reports stored before the kill").isBetween(1, expected.size() - 1);
    afterKill.forEach((sha, counts) -> assertThat(counts).as("report %s is whole", sha)
        .containsExactly(expected.get(sha)));

    assertThat(run("ingest", batch.toString(), "--data", crashed.toString())).isZero();
    Map<String, long[]> resumed = perReport(crashed);
    assertThat(resumed.keySet()).isEqualTo(expected.keySet());
    resumed.forEach((sha, counts) -> assertThat(counts).as("report %s", sha).containsExactly(expected.get(sha)));
    try (ReportIndex index = ReportIndex.open(crashed.resolve("index"))) {
      assertThat(index.size()).as("search index caught up").isEqualTo(expected.size());
    }
  }

  /** The 30 samples, each in COPIES variants that differ by a reference line, so every file is a new report. */
  private static Path batch(Path dir) throws IOException {
    Files.createDirectories(dir);
    for (Corpus.Document d : Corpus.list(SharedData.samples())) {
      String text = Files.readString(d.text());
      for (int i = 0; i < COPIES; i++) {
        Files.writeString(dir.resolve(String.format("%02d-%s", i, d.text().getFileName())),
            text + "\n\nREF-" + i + "\n", StandardCharsets.UTF_8);
      }
    }
    return dir;
  }

  private static int run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Marsad.commandLine(new PrintWriter(out), new PrintWriter(err)).execute(args);
    assertThat(err.toString()).doesNotContain("internal error");
    return code;
  }

  /** Starts `marsad ingest` in its own JVM and kills it with SIGKILL once a fifth of the batch is stored. */
  private static void killMidway(Path batch, Path data) throws Exception {
    String java = ProcessHandle.current().info().command().orElse("java");
    Process p = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), Marsad.class.getName(),
        "ingest", batch.toString(), "--data", data.toString()).redirectErrorStream(true).start();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
      String line;
      while ((line = r.readLine()) != null) {
        // the progress bar prints a line per tenth when not on a terminal: "[###...] 72/360  20%"
        if (line.matches(".*\\]\\s+\\d+/\\d+\\s+([2-9]\\d)%.*")) {
          p.destroyForcibly();
          break;
        }
      }
    }
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue()).as("killed, not finished").isNotZero();
  }

  /** For each stored report: its mentions, claims and claim arguments. */
  private static Map<String, long[]> perReport(Path data) {
    try (Database db = Database.open(StoreLocation.embedded(data))) {
      Map<String, long[]> out = new TreeMap<>();
      List<Map<String, Object>> rows = db.handle().createQuery("SELECT r.sha256, "
          + "(SELECT COUNT(*) FROM mention m WHERE m.report_id = r.id) AS mentions, "
          + "(SELECT COUNT(*) FROM claim c WHERE c.report_id = r.id) AS claims, "
          + "(SELECT COUNT(*) FROM claim_arg a JOIN claim c ON c.id = a.claim_id WHERE c.report_id = r.id) AS args "
          + "FROM report r").mapToMap().list();
      for (Map<String, Object> row : rows) {
        out.put((String) row.get("sha256"), new long[] {((Number) row.get("mentions")).longValue(),
            ((Number) row.get("claims")).longValue(), ((Number) row.get("args")).longValue()});
      }
      long orphans = db.handle().createQuery("SELECT COUNT(*) FROM report_original o WHERE NOT EXISTS "
          + "(SELECT 1 FROM report r WHERE r.id = o.report_id)").mapTo(Long.class).one();
      assertThat(orphans).as("archived originals without a report").isZero();
      long bare = db.handle().createQuery("SELECT COUNT(*) FROM report r WHERE NOT EXISTS "
          + "(SELECT 1 FROM report_original o WHERE o.report_id = r.id)").mapTo(Long.class).one();
      assertThat(bare).as("reports without their archived original").isZero();
      return out;
    }
  }
}
