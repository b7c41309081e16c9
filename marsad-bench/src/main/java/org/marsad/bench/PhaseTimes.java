package org.marsad.bench;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.marsad.extract.find.Analysis;
import org.marsad.extract.find.Analyzer;
import org.marsad.extract.find.Candidate;
import org.marsad.extract.find.EntityFinder;
import org.marsad.extract.find.EntityResolver;
import org.marsad.extract.lexicon.Lexicon;
import org.marsad.extract.lexicon.LexiconLoader;
import org.marsad.extract.match.LexiconIndex;
import org.marsad.extract.relate.RelationExtractor;
import org.marsad.text.Language;

/**
 * Where the extractor's time goes, stage by stage, in MB/s of input for each stage alone. Not a JMH benchmark:
 * a guide for the next optimisation, to run after BenchMain has given the headline ratio. Times are CPU time of
 * the measuring thread, and Lucene's ArabicAnalyzer runs in the same passes as a baseline.
 * Usage: {@code java -cp marsad-bench/target/benchmarks.jar org.marsad.bench.PhaseTimes [DIR]}.
 */
public final class PhaseTimes {
  private static final int WARM_PASSES = Integer.getInteger("warm", 150);
  private static final int TIMED_PASSES = Integer.getInteger("timed", 150);

  private PhaseTimes() {
  }

  public static void main(String[] args) {
    Corpus corpus = Corpus.load(Path.of(args.length > 0 ? args[0] : Corpus.DEFAULT_DIR));
    List<String> texts = corpus.distinct().stream().map(Corpus.Report::text).toList();
    long bytes = texts.stream().mapToLong(t -> t.getBytes(java.nio.charset.StandardCharsets.UTF_8).length).sum();
    Lexicon lexicon = LexiconLoader.builtIn().load();
    LexiconIndex index = new LexiconIndex(lexicon);
    Analyzer analyzer = new Analyzer(index);
    EntityFinder finder = new EntityFinder(index);
    EntityResolver resolver = new EntityResolver(lexicon);
    RelationExtractor relations = new RelationExtractor(index);
    long[] nanos = new long[4];
    // CPU time of this thread, not wall time: on a shared machine other processes then cost this one nothing
    java.lang.management.ThreadMXBean cpu = java.lang.management.ManagementFactory.getThreadMXBean();
    long baselineNanos = 0;
    org.apache.lucene.analysis.ar.ArabicAnalyzer lucene = new org.apache.lucene.analysis.ar.ArabicAnalyzer();
    long sink = 0;
    for (int pass = 0; pass < WARM_PASSES + TIMED_PASSES; pass++) {
      // the baseline runs in the same passes, so that load from other processes weighs on both alike
      long b0 = cpu.getCurrentThreadCpuTime();
      for (String text : texts) {
        sink += luceneTerms(lucene, text);
      }
      if (pass >= WARM_PASSES) {
        baselineNanos += cpu.getCurrentThreadCpuTime() - b0;
      }
      for (String text : texts) {
        long t0 = cpu.getCurrentThreadCpuTime();
        Analysis a = analyzer.analyze(text, Language.AR);
        long t1 = cpu.getCurrentThreadCpuTime();
        List<Candidate> cands = finder.find(a);
        long t2 = cpu.getCurrentThreadCpuTime();
        EntityResolver.Resolution res = resolver.resolve(a, cands);
        long t3 = cpu.getCurrentThreadCpuTime();
        relations.extract(a, cands, res.entityOfCandidate(), Optional.empty());
        long t4 = cpu.getCurrentThreadCpuTime();
        if (pass >= WARM_PASSES) {
          nanos[0] += t1 - t0;
          nanos[1] += t2 - t1;
          nanos[2] += t3 - t2;
          nanos[3] += t4 - t3;
        }
      }
    }
    String[] stages = {"analyse (fold, tokens, sentences)", "find entities", "resolve entities",
        "relations, modality, time"};
    long total = 0;
    for (long n : nanos) {
      total += n;
    }
    double mb = bytes * (double) TIMED_PASSES / 1e6;
    for (int s = 0; s < stages.length; s++) {
      System.out.printf("%-36s %8.1f MB/s  %5.1f %% of the time%n", stages[s], mb / (nanos[s] / 1e9),
          100.0 * nanos[s] / total);
    }
    System.out.printf("%-36s %8.1f MB/s%n", "all stages", mb / (total / 1e9));
    System.out.printf("%-36s %8.1f MB/s  (all stages / baseline = %.3f; %d terms)%n", "baseline: Lucene ArabicAnalyzer",
        mb / (baselineNanos / 1e9), (double) baselineNanos / total, sink);
  }

  private static long luceneTerms(org.apache.lucene.analysis.Analyzer analyzer, String text) {
    long n = 0;
    try (org.apache.lucene.analysis.TokenStream ts = analyzer.tokenStream("body", text)) {
      org.apache.lucene.analysis.tokenattributes.CharTermAttribute term =
          ts.addAttribute(org.apache.lucene.analysis.tokenattributes.CharTermAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        n += term.length();
      }
      ts.end();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return n;
  }
}
