package org.marsad.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.ar.ArabicAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.marsad.extract.ExtractOptions;
import org.marsad.extract.Extraction;
import org.marsad.extract.Extractor;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The Marsad extractor against Lucene's ArabicAnalyzer over the same reports. One operation is one pass over
 * the whole corpus, so ops/s times {@link Corpus#utf8Bytes()} is the byte throughput of either method.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@State(Scope.Benchmark)
@Threads(1)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"}) // a fixed heap, so GC sizing does not vary between runs
// the extractor reaches its steady speed only after about 20 s of JIT work on 2 cores; a 3 x 2 s warm-up
// measured it at a tenth of that speed. The analyzer is warm within a few seconds, but both share one setting.
@Warmup(iterations = 8, time = 3)
@Measurement(iterations = 5, time = 3)
public class ExtractorThroughputBenchmark {
  private static final String FIELD = "body";

  /** Directory of the ar-*.ar.txt samples, relative to the working directory of the forked JVM. */
  @Param(Corpus.DEFAULT_DIR)
  public String samplesDir;

  private List<String> reports;
  private Extractor extractor;
  private ExtractOptions options;
  private ArabicAnalyzer analyzer;

  @Setup
  public void setUp() {
    reports = Corpus.load(Path.of(samplesDir)).texts();
    extractor = Extractor.withBuiltInLexicons();
    options = ExtractOptions.defaults();
    analyzer = new ArabicAnalyzer();
  }

  @TearDown
  public void tearDown() {
    analyzer.close();
  }

  @Benchmark
  public void marsadExtractor(Blackhole bh) {
    for (String report : reports) {
      Extraction x = extractor.extract(report, options);
      bh.consume(x.entities().size() + x.relations().size());
    }
  }

  @Benchmark
  public void luceneArabicAnalyzer(Blackhole bh) throws IOException {
    for (String report : reports) {
      // the analyzer reuses its token stream per thread, as an indexer would
      try (TokenStream ts = analyzer.tokenStream(FIELD, report)) {
        CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
        ts.reset();
        int chars = 0;
        while (ts.incrementToken()) {
          chars += term.length();
        }
        ts.end();
        bh.consume(chars);
      }
    }
  }
}
