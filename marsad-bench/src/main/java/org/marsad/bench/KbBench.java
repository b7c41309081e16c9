package org.marsad.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.store.FSDirectory;
import org.marsad.extract.ExtractOptions;
import org.marsad.extract.Extractor;
import org.marsad.kb.index.IndexSync;
import org.marsad.kb.ingest.IngestOptions;
import org.marsad.kb.ingest.Ingestor;
import org.marsad.kb.search.FacetDim;
import org.marsad.kb.search.ReportIndex;
import org.marsad.kb.search.SearchQuery;
import org.marsad.kb.source.SourceReport;
import org.marsad.kb.store.Database;
import org.marsad.kb.store.StoreLocation;

/**
 * The knowledge base at scale: ingest throughput for synthetic batches (10k and 100k reports by default), how
 * the cost per report grows as the store fills, store size per 1,000 reports, and search latency over the
 * largest store. Each ingest figure comes with a baseline measured in the same run: extraction alone over the
 * same reports, which is the floor any ingest pays.
 *
 * <p>Before the measured batches, a warm-up batch of other synthetic reports ({@code --warmup}, 2,000 by default)
 * is ingested into a throwaway store, as JMH warms up before it measures: without it the first batch mostly
 * measures the JIT compiling the write path. Its figures are printed too, as the cold-JVM ingest; {@code --warmup
 * 0} measures the first batch cold, as before.
 *
 * <p>Usage: {@code java -cp marsad-bench/target/benchmarks.jar org.marsad.bench.KbBench [--reports 10000,100000]
 * [--queries 2000] [--warmup 2000] [--samples samples] [--work DIR]}
 */
public final class KbBench {
  private static final int COMMIT_EVERY = 1000;
  /** The measured batches' reports; the warm-up batch draws others, so that none is a duplicate of them. */
  private static final long MEASURED_SEED = 42;
  private static final long WARMUP_SEED = 7;
  private static final String[] QUERIES = {"كيدال", "داعش", "Kidal", "Ag Ghaly", "بلمختار", "Belmokhtar",
      "تنظيم الدولة", "\"جماعة نصرة الإسلام والمسلمين\"", "القاعدة في بلاد المغرب", "Boko Haram", "اختطاف",
      "هجوم مسلح", "Ménaka", "Tillabéri", "attentat", "kidnapping", "مالي", "النيجر", "Gao Tombouctou",
      "أبو الوليد الصحراوي", "Sahel", "embuscade", "allégeance", "bay'a", "مبايعة", "ansar dine", "كتيبة ماسينا"};

  private KbBench() {
  }

  public static void main(String[] args) throws IOException {
    List<Integer> sizes = List.of(10_000, 100_000);
    int queries = 2000;
    int warmupReports = 2000;
    Path samples = Path.of(Corpus.DEFAULT_DIR);
    Path work = Files.createTempDirectory("marsad-kbbench");
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--reports" -> sizes = Arrays.stream(args[++i].split(",")).map(String::trim).map(Integer::valueOf)
            .toList();
        case "--queries" -> queries = Integer.parseInt(args[++i]);
        case "--warmup" -> warmupReports = Integer.parseInt(args[++i]);
        case "--samples" -> samples = Path.of(args[++i]);
        case "--work" -> work = Path.of(args[++i]);
        default -> throw new IllegalArgumentException("unknown option " + args[i]
            + "; use --reports N[,N] --queries N --warmup N --samples DIR --work DIR");
      }
    }
    System.out.printf(Locale.ROOT, "machine: %d cores, max heap %d MB, java %s%n",
        Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20,
        System.getProperty("java.version"));
    Extractor extractor = Extractor.withBuiltInLexicons();
    warmUp(extractor, samples);
    if (warmupReports > 0) {
      Path throwaway = work.resolve("store-warmup");
      System.out.println("cold JVM, warm-up batch (other reports, into a throwaway store; not the measured figure):");
      ingest(warmupReports, samples, WARMUP_SEED, throwaway, extractor);
      delete(throwaway);
      System.out.println("warm JVM, measured batches:");
    } else {
      System.out.println("cold JVM (no warm-up batch):");
    }
    Path last = null;
    for (int n : sizes) {
      last = work.resolve("store-" + n);
      ingest(n, samples, MEASURED_SEED, last, extractor);
    }
    if (last != null) {
      search(last, queries);
    }
  }

  /** The extractor reaches its steady speed only after JIT compilation; both figures are taken after it. */
  private static void warmUp(Extractor extractor, Path samples) {
    SyntheticReports warm = new SyntheticReports(samples, 99);
    for (int i = 0; i < 3000; i++) {
      extractor.extract(warm.next().text(), ExtractOptions.defaults());
    }
  }

  private static void ingest(int n, Path samples, long seed, Path data, Extractor extractor) throws IOException {
    double extractOnly = extractOnly(n, samples, seed, extractor);
    SyntheticReports reports = new SyntheticReports(samples, seed);
    long bytes = 0;
    long start = System.nanoTime();
    long cpuStart = 0;
    long gcStart = 0;
    long sliceStart = start;
    List<String> slices = new ArrayList<>();
    String storeWrites = "";
    ThreadCpu threads = new ThreadCpu();
    Database db = Database.open(StoreLocation.embedded(data));
    try (ReportIndex index = ReportIndex.open(data.resolve("index"))) {
      IndexSync sync = new IndexSync(db, index);
      Ingestor ingestor = new Ingestor(db, extractor, Clock.systemUTC()).addListener(sync::add);
      List<SourceReport> batch = new ArrayList<>(n);
      for (int i = 0; i < n; i++) {
        SourceReport r = reports.next();
        bytes += r.originalSize();
        batch.add(r);
      }
      start = System.nanoTime();
      sliceStart = start;
      threads.start();
      cpuStart = processCpuNanos();
      long cpuAtStart = cpuStart;
      gcStart = gcMillis();
      int[] done = {0};
      long[] slice = {sliceStart};
      ingestor.ingestAll(batch.iterator(), IngestOptions.defaults(), outcome -> {
        int i = ++done[0];
        if (i % COMMIT_EVERY == 0) {
          sync.commit();
        }
        if (i % (n / 10) == 0) {
          long now = System.nanoTime();
          slices.add(String.format(Locale.ROOT, "%.0f", (n / 10) / ((now - slice[0]) / 1e9)));
          slice[0] = now;
          // as it goes: on a shared machine a long batch may have to be stopped before its summary
          System.out.printf(Locale.ROOT, "  %,d reports: %s reports/s in this tenth, %.2f ms CPU per report so far"
              + "%n", i, slices.get(slices.size() - 1), (processCpuNanos() - cpuAtStart) / 1e6 / i);
        }
      });
      sync.close();
      storeWrites = storeWrites(db);
    } finally {
      db.closeCompacted(); // as `marsad ingest` does at the end of a batch
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    double cpuMs = (processCpuNanos() - cpuStart) / 1e6;
    String byThread = threads.stop(n, cpuMs);
    long gcMs = gcMillis() - gcStart;
    double rate = n / seconds;
    long size = size(data);
    System.out.printf(Locale.ROOT, "ingest %,d reports (%.1f MB of text): %.1f s, %.0f reports/s; extraction alone "
            + "%.0f reports/s; ingest / extraction-only = %.2f%n", n, bytes / 1e6, seconds, rate, extractOnly,
        rate / extractOnly);
    System.out.println("  reports/s in each tenth of the batch: " + String.join(", ", slices));
    System.out.printf(Locale.ROOT, "  CPU, all threads: %.2f ms per report (%.0f%% of %d cores); GC pauses and "
            + "cycles %.2f ms per report%n", cpuMs / n, 100 * cpuMs / 1000 / seconds
            / Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().availableProcessors(),
        (double) gcMs / n);
    System.out.println("  CPU ms per report by thread: " + byThread);
    System.out.println("  " + storeWrites);
    System.out.printf(Locale.ROOT, "  store size %.1f MB (database %.1f MB, index %.1f MB): %.2f MB per 1,000 "
            + "reports%n", size / 1e6, (size - size(data.resolve("index"))) / 1e6, size(data.resolve("index")) / 1e6,
        size / 1e6 / (n / 1000.0));
  }

  /**
   * What the embedded store wrote to its file before closing: each chunk holds every page changed since the
   * last, so this counts how often the same pages were written again, a cost that does not show as a thread.
   */
  private static String storeWrites(Database db) {
    java.util.Map<String, String> info = new java.util.HashMap<>();
    db.handle().createQuery("SELECT setting_name, setting_value FROM information_schema.settings "
            + "WHERE setting_name IN ('info.FILE_WRITE', 'info.FILE_WRITE_BYTES', 'info.FILE_SIZE', "
            + "'info.FILL_RATE', 'info.CHUNKS_FILL_RATE')")
        .map((rs, ctx) -> Map.entry(rs.getString(1), rs.getString(2))).forEach(e -> info.put(e.getKey(), e.getValue()));
    if (info.isEmpty()) {
      return "store writes: not an embedded H2 store";
    }
    return String.format(Locale.ROOT, "store file before closing: %.1f MB written in %s writes, %.1f MB in size, "
            + "fill rate %s%%, chunks fill rate %s%%", Long.parseLong(info.getOrDefault("info.FILE_WRITE_BYTES", "0"))
            / 1e6, info.getOrDefault("info.FILE_WRITE", "?"), Long.parseLong(info.getOrDefault("info.FILE_SIZE", "0"))
            / 1e6, info.getOrDefault("info.FILL_RATE", "?"), info.getOrDefault("info.CHUNKS_FILL_RATE", "?"));
  }

  /** CPU time of the whole process, every thread: what the ingest costs in total, not only its writer. */
  private static long processCpuNanos() {
    java.lang.management.OperatingSystemMXBean os = java.lang.management.ManagementFactory.getOperatingSystemMXBean();
    return os instanceof com.sun.management.OperatingSystemMXBean sun ? sun.getProcessCpuTime() : 0;
  }

  /**
   * CPU time per kind of thread, read from /proc every 200 ms: Lucene's merge threads and pool threads end
   * before the batch does, and would otherwise drop out of the breakdown. Linux only; elsewhere it says so.
   */
  private static final class ThreadCpu {
    private static final Path TASKS = Path.of("/proc/self/task");
    private static final double MS_PER_TICK = 10.0; // USER_HZ is 100 on Linux
    private final java.util.Map<String, long[]> startTicks = new java.util.HashMap<>();
    private final java.util.Map<String, long[]> lastTicks = new java.util.concurrent.ConcurrentHashMap<>();
    private volatile boolean running;
    private Thread sampler;

    void start() {
      if (!Files.isDirectory(TASKS)) {
        return;
      }
      sample(startTicks);
      running = true;
      sampler = new Thread(() -> {
        while (running) {
          sample(lastTicks);
          try {
            Thread.sleep(200);
          } catch (InterruptedException e) {
            return;
          }
        }
      }, "kbbench-cpu-sampler");
      sampler.setDaemon(true);
      sampler.start();
    }

    /** The breakdown, largest first; what no sample saw is shown as "unsampled". */
    String stop(int reports, double totalMs) {
      if (sampler == null) {
        return "(no /proc/self/task here)";
      }
      running = false;
      sampler.interrupt();
      try {
        sampler.join();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      sample(lastTicks);
      java.util.Map<String, Double> byKind = new java.util.TreeMap<>();
      double seen = 0;
      for (java.util.Map.Entry<String, long[]> e : lastTicks.entrySet()) {
        long[] before = startTicks.getOrDefault(e.getKey(), new long[1]);
        double ms = (e.getValue()[0] - before[0]) * MS_PER_TICK;
        byKind.merge(kind(e.getKey()), ms, Double::sum);
        seen += ms;
      }
      byKind.put("unsampled", totalMs - seen);
      return byKind.entrySet().stream().filter(e -> Math.abs(e.getValue()) / reports >= 0.005)
          .sorted(java.util.Map.Entry.<String, Double>comparingByValue().reversed())
          .map(e -> String.format(Locale.ROOT, "%s %.2f", e.getKey(), e.getValue() / reports))
          .collect(java.util.stream.Collectors.joining(", "));
    }

    /** Thread names without their numbers, so that a kind of thread adds up. */
    private static String kind(String tidAndName) {
      String name = tidAndName.substring(tidAndName.indexOf(' ') + 1);
      return name.replaceAll("[#\\s]*\\d+$", "").strip();
    }

    private static void sample(java.util.Map<String, long[]> into) {
      try (Stream<Path> tasks = Files.list(TASKS)) {
        tasks.forEach(t -> {
          try {
            String stat = Files.readString(t.resolve("stat"));
            int open = stat.indexOf('(');
            int close = stat.lastIndexOf(')');
            String[] f = stat.substring(close + 2).split(" ");
            // after the name: state is field 3, so utime (14) and stime (15) are at 11 and 12
            long ticks = Long.parseLong(f[11]) + Long.parseLong(f[12]);
            into.put(t.getFileName() + " " + stat.substring(open + 1, close), new long[] {ticks});
          } catch (IOException | RuntimeException e) {
            // the thread ended between listing and reading: its last sample stands
          }
        });
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  private static long gcMillis() {
    long total = 0;
    for (java.lang.management.GarbageCollectorMXBean gc
        : java.lang.management.ManagementFactory.getGarbageCollectorMXBeans()) {
      total += Math.max(0, gc.getCollectionTime());
    }
    return total;
  }

  private static double extractOnly(int n, Path samples, long seed, Extractor extractor) {
    SyntheticReports reports = new SyntheticReports(samples, seed);
    int count = Math.min(n, 10_000);
    long start = System.nanoTime();
    for (int i = 0; i < count; i++) {
      SourceReport r = reports.next();
      extractor.extract(r.text(), ExtractOptions.defaults().withPublished(r.publishedDate().orElseThrow()));
    }
    return count / ((System.nanoTime() - start) / 1e9);
  }

  private static void search(Path data, int queries) throws IOException {
    try (ReportIndex index = ReportIndex.open(data.resolve("index"))) {
      List<SearchQuery> qs = new ArrayList<>();
      for (int i = 0; i < QUERIES.length; i++) {
        qs.add(SearchQuery.of(QUERIES[i]));
        qs.add(SearchQuery.builder().text(QUERIES[i]).filter(FacetDim.SOURCE, "source-" + (i % 12)).build());
      }
      for (int i = 0; i < 500; i++) {
        index.search(qs.get(i % qs.size()));
      }
      long[] nanos = new long[queries];
      for (int i = 0; i < queries; i++) {
        long t = System.nanoTime();
        index.search(qs.get(i % qs.size()));
        nanos[i] = System.nanoTime() - t;
      }
      Arrays.sort(nanos);
      double baseline = luceneMatchAll(data.resolve("index"), queries);
      System.out.printf(Locale.ROOT, "search over %,d reports, %d queries (%d distinct, with and without a "
              + "facet filter): p50 %.1f ms, p99 %.1f ms, max %.1f ms%n", index.size(), queries, qs.size(),
          nanos[queries / 2] / 1e6, nanos[(int) (queries * 0.99)] / 1e6, nanos[queries - 1] / 1e6);
      System.out.printf(Locale.ROOT, "  baseline, Lucene MatchAllDocsQuery top 10 on the same index: p50 %.3f ms; "
          + "search p50 / baseline p50 = %.0f%n", baseline, nanos[queries / 2] / 1e6 / baseline);
    }
  }

  private static double luceneMatchAll(Path indexDir, int queries) throws IOException {
    try (FSDirectory dir = FSDirectory.open(indexDir); DirectoryReader reader = DirectoryReader.open(dir)) {
      IndexSearcher searcher = new IndexSearcher(reader);
      long[] nanos = new long[queries];
      for (int i = 0; i < queries; i++) {
        long t = System.nanoTime();
        searcher.search(new MatchAllDocsQuery(), 10);
        nanos[i] = System.nanoTime() - t;
      }
      Arrays.sort(nanos);
      return nanos[queries / 2] / 1e6;
    }
  }

  private static void delete(Path dir) throws IOException {
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }

  private static long size(Path dir) {
    try (Stream<Path> files = Files.walk(dir)) {
      return files.filter(Files::isRegularFile).mapToLong(p -> {
        try {
          return Files.size(p);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }).sum();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
