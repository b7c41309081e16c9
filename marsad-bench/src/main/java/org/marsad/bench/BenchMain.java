package org.marsad.bench;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.OperatingSystemMXBean;
import java.lang.ref.Reference;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.marsad.extract.ExtractOptions;
import org.marsad.extract.Extractor;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Runs {@link ExtractorThroughputBenchmark} and prints MB/s for the extractor and its baseline, their ratio,
 * the extractor's load time and the heap it retains. Usage: {@code [--quick] [--samples DIR]}.
 */
public final class BenchMain {
  private static final double MB = 1_000_000.0;
  private static final int LOAD_RUNS = 5;
  private static final double TARGET_RATIO = 0.5;
  private static final double TARGET_HEAP_MB = 200;
  private static final double TARGET_LOAD_MS = 1000;
  private static final String EXTRACTOR = "marsadExtractor";
  private static final String BASELINE = "luceneArabicAnalyzer";

  private BenchMain() {}

  public static void main(String[] args) throws Exception {
    int code = run(args, System.out, System.err);
    if (code != 0) {
      System.exit(code);
    }
  }

  static int run(String[] args, PrintStream out, PrintStream err) throws InterruptedException {
    boolean quick = false;
    Path samples = Path.of(Corpus.DEFAULT_DIR);
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--quick" -> quick = true;
        case "--samples" -> {
          if (i + 1 == args.length) {
            err.println("--samples needs a directory");
            return 2;
          }
          samples = Path.of(args[++i]);
        }
        case "-h", "--help" -> {
          out.println("usage: BenchMain [--quick] [--samples DIR]   (DIR defaults to ./samples)");
          return 0;
        }
        default -> {
          err.println("unknown argument: " + args[i] + " (expected --quick, --samples DIR, --help)");
          return 2;
        }
      }
    }
    Corpus corpus;
    try {
      corpus = Corpus.load(samples);
    } catch (IllegalArgumentException e) {
      err.println(e.getMessage());
      return 2;
    }

    // heap first, while this JVM has built nothing else, so the first construction is also the cold one
    Heap heap = measureHeap();
    long[] loadNanos = timeLoads();
    Optional<String> failure = extractEachOnce(corpus);
    if (failure.isPresent()) {
      err.println(failure.get());
      return 1;
    }

    Map<String, Result<?>> scores;
    OperatingSystemMXBean os = ManagementFactory.getOperatingSystemMXBean();
    double loadBefore = os.getSystemLoadAverage();
    try {
      scores = runJmh(samples.toAbsolutePath().toString(), quick);
    } catch (RunnerException e) {
      err.println("JMH run failed (the forked JVM's stack trace is printed above):");
      e.printStackTrace(err);
      return 1;
    }
    Machine machine = new Machine(os.getAvailableProcessors(), loadBefore, os.getSystemLoadAverage());
    printSummary(out, corpus, samples, quick, scores, heap, loadNanos, machine);
    return 0;
  }

  /** Load averages around the JMH run: other work on the machine shows up as noise in the scores. */
  private record Machine(int cpus, double loadBefore, double loadAfter) {}

  private record Heap(long retainedBytes, long coldConstructionNanos) {}

  private static Heap measureHeap() throws InterruptedException {
    MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    long before = usedAfterGc(memory);
    long t0 = System.nanoTime();
    Extractor extractor = Extractor.withBuiltInLexicons();
    long cold = System.nanoTime() - t0;
    long after = usedAfterGc(memory);
    Reference.reachabilityFence(extractor);
    return new Heap(after - before, cold);
  }

  /** Several collections with pauses, so that objects freed by finalisation or reference processing go too. */
  private static long usedAfterGc(MemoryMXBean memory) throws InterruptedException {
    for (int i = 0; i < 4; i++) {
      System.gc();
      Thread.sleep(100);
    }
    return memory.getHeapMemoryUsage().getUsed();
  }

  /** One warm-up construction, then {@link #LOAD_RUNS} timed ones; sorted, fastest first. */
  private static long[] timeLoads() {
    Reference.reachabilityFence(Extractor.withBuiltInLexicons());
    long[] nanos = new long[LOAD_RUNS];
    for (int i = 0; i < LOAD_RUNS; i++) {
      long t0 = System.nanoTime();
      Extractor extractor = Extractor.withBuiltInLexicons();
      nanos[i] = System.nanoTime() - t0;
      Reference.reachabilityFence(extractor);
    }
    Arrays.sort(nanos);
    return nanos;
  }

  /** A report the extractor cannot read is named here, before JMH would only say that the fork failed. */
  private static Optional<String> extractEachOnce(Corpus corpus) {
    Extractor extractor = Extractor.withBuiltInLexicons();
    for (Corpus.Report r : corpus.distinct()) {
      try {
        extractor.extract(r.text(), ExtractOptions.defaults());
      } catch (RuntimeException e) {
        StringWriter trace = new StringWriter();
        e.printStackTrace(new PrintWriter(trace));
        return Optional.of("the extractor failed on sample " + r.name() + ":\n" + trace);
      }
    }
    return Optional.empty();
  }

  private static Map<String, Result<?>> runJmh(String samplesDir, boolean quick) throws RunnerException {
    ChainedOptionsBuilder opts = new OptionsBuilder()
        .include("^" + ExtractorThroughputBenchmark.class.getName() + "\\.")
        .param("samplesDir", samplesDir)
        .shouldFailOnError(true);
    if (quick) {
      // too short for the extractor's JIT warm-up: quick figures understate it, and say so in the summary
      opts = opts.warmupIterations(2).warmupTime(TimeValue.seconds(2))
          .measurementIterations(3).measurementTime(TimeValue.seconds(2));
    }
    Collection<RunResult> results = new Runner(opts.build()).run();
    Map<String, Result<?>> scores = new LinkedHashMap<>();
    for (RunResult r : results) {
      String benchmark = r.getParams().getBenchmark();
      scores.put(benchmark.substring(benchmark.lastIndexOf('.') + 1), r.getPrimaryResult());
    }
    return scores;
  }

  private static void printSummary(PrintStream out, Corpus corpus, Path samples, boolean quick,
                                   Map<String, Result<?>> scores, Heap heap, long[] loadNanos, Machine machine) {
    double bytesMb = corpus.utf8Bytes() / MB;
    Result<?> a = scores.get(EXTRACTOR);
    Result<?> b = scores.get(BASELINE);
    double aMbs = a.getScore() * bytesMb;
    double bMbs = b.getScore() * bytesMb;
    double ratio = aMbs / bMbs;
    double medianMs = loadNanos[loadNanos.length / 2] / 1e6;
    double heapMb = heap.retainedBytes() / MB;

    out.println();
    out.println("==================== Marsad benchmark summary ====================");
    out.printf(Locale.ROOT, "corpus          %d reports x %d passes from %s = %,d UTF-8 bytes%s%n",
        corpus.distinct().size(), corpus.texts().size() / corpus.distinct().size(), samples,
        corpus.utf8Bytes(), quick ? "   [--quick: fewer iterations]" : "");
    out.printf(Locale.ROOT, "(a) extractor   %8.2f %s MB/s  (%.3f ops/s)%n",
        aMbs, error(a, bytesMb), a.getScore());
    out.printf(Locale.ROOT, "(b) baseline    %8.2f %s MB/s  (Lucene ArabicAnalyzer, %.3f ops/s)%n",
        bMbs, error(b, bytesMb), b.getScore());
    out.printf(Locale.ROOT, "(a)/(b)         %8.3f            target >= %.1f: %s%n",
        ratio, TARGET_RATIO, verdict(ratio >= TARGET_RATIO));
    out.printf(Locale.ROOT, "(c) load time   median %.0f ms, min %.0f ms over %d warm runs;"
            + " first in a cold JVM %.0f ms   target < %.0f ms (median): %s%n",
        medianMs, loadNanos[0] / 1e6, loadNanos.length, heap.coldConstructionNanos() / 1e6,
        TARGET_LOAD_MS, verdict(medianMs < TARGET_LOAD_MS));
    out.printf(Locale.ROOT, "(d) heap        %8.1f MB retained with all lexicons   target < %.0f MB: %s%n",
        heapMb, TARGET_HEAP_MB, verdict(heapMb < TARGET_HEAP_MB));
    out.printf(Locale.ROOT, "machine         %d CPUs, load average %.2f before and %.2f after the JMH run"
        + " (the run adds about 1; much more means other work shared the CPUs)%n",
        machine.cpus(), machine.loadBefore(), machine.loadAfter());
    out.println("MB = 10^6 bytes; ± is JMH's 99.9% confidence half-width; one thread, one fork.");
    if (quick) {
      out.println("--quick: warm-up too short for the extractor's JIT; (a) and (a)/(b) are understated.");
    }
    out.println("==================================================================");
  }

  private static String error(Result<?> r, double bytesMb) {
    double e = r.getScoreError() * bytesMb;
    return Double.isNaN(e) ? "± n/a " : String.format(Locale.ROOT, "± %.2f", e);
  }

  private static String verdict(boolean met) {
    return met ? "met" : "NOT met";
  }
}
