package org.marsad.app.kb;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.marsad.app.Dates;
import org.marsad.kb.grade.Credibility;
import org.marsad.kb.grade.Reliability;
import org.marsad.kb.index.IndexSync;
import org.marsad.kb.ingest.IngestOptions;
import org.marsad.kb.ingest.Ingestor;
import org.marsad.kb.ingest.Outcome;
import org.marsad.kb.source.InputCount;
import org.marsad.kb.source.ReportSources;
import org.marsad.kb.source.SourceItem;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** `marsad ingest PATH...`: files, folders, .txt, .html and .jsonl into the knowledge base, one report at a time. */
@Command(name = "ingest", mixinStandardHelpOptions = true,
    description = {"Read reports into the knowledge base: .txt, .html/.htm and .jsonl files, or folders of them.",
        "Each report is stored whole or not at all; running the same command again resumes an interrupted batch.",
        "The same bytes are never stored twice."})
public final class IngestCommand implements Callable<Integer> {
  private static final int REASONS_SHOWN = 20;
  private static final int INDEX_COMMIT_EVERY = 1000;
  @Spec
  CommandSpec spec;

  @Mixin
  StoreOptions store;

  @Parameters(paramLabel = "PATH", arity = "1..*", description = "Files or folders (read recursively).")
  List<Path> paths;

  @Option(names = "--published", paramLabel = "DATE",
      description = "Publication date (YYYY-MM-DD) for reports that do not give their own.")
  String published;

  @Option(names = "--source", paramLabel = "NAME", description = "Source of reports that do not name their own.")
  String source;

  @Option(names = "--reliability", paramLabel = "A-F",
      description = "Admiralty reliability of the source (A completely reliable ... F cannot be judged).")
  String reliability;

  @Option(names = "--credibility", paramLabel = "1-6",
      description = "Admiralty credibility of these reports (1 confirmed ... 6 cannot be judged); default: the "
          + "source's own default.")
  String credibility;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    IngestOptions options = options();
    ReportSources sources = ReportSources.withDefaults();
    InputCount count = sources.count(paths);
    Tally tally = new Tally();
    long start = System.nanoTime();
    try (KbSession kb = new KbSession(store); Stream<SourceItem> items = sources.read(paths)) {
      IndexSync sync = kb.sync();
      Ingestor ingestor = new Ingestor(kb.db(), kb.extractor(), kb.clock()).addListener(doc -> {
        sync.add(doc);
        if (doc.reportId() % INDEX_COMMIT_EVERY == 0) {
          sync.commit();
        }
      });
      Progress progress = new Progress(err, count.items(), System.console() != null);
      ingestor.ingestAll(items.iterator(), options, outcome -> {
        tally.add(outcome);
        progress.update(tally.seen());
      });
      if (tally.ingested > 0) {
        kb.compactOnClose();
      }
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    double rate = tally.seen() / Math.max(seconds, 1e-3);
    out.printf(Locale.ROOT, "ingested %d, duplicates %d, rejected %d in %.1f s (" + (rate < 10 ? "%.1f" : "%.0f")
        + " reports/s)%n", tally.ingested, tally.duplicates, tally.rejected.size(), seconds, rate);
    if (tally.alerts > 0) {
      out.printf(Locale.ROOT, "%d new alert(s): marsad alerts%n", tally.alerts);
    }
    tally.rejected.stream().limit(REASONS_SHOWN).forEach(r -> out.println("  rejected " + r));
    if (tally.rejected.size() > REASONS_SHOWN) {
      out.println("  ... and " + (tally.rejected.size() - REASONS_SHOWN) + " more rejected");
    }
    out.flush();
    return tally.ingested + tally.duplicates == 0 && !tally.rejected.isEmpty() ? 2 : 0;
  }

  private IngestOptions options() {
    IngestOptions o = IngestOptions.defaults();
    if (published != null) {
      o = o.withPublished(Dates.parse("--published", published));
    }
    if (source != null) {
      o = o.withSource(source);
    }
    if (reliability != null) {
      o = o.withReliability(Reliability.parse(reliability));
    }
    if (credibility != null) {
      o = o.withCredibility(Credibility.parse(credibility));
    }
    return o;
  }

  /** Counts for the summary. */
  private static final class Tally {
    int ingested;
    int duplicates;
    int alerts;
    final List<String> rejected = new ArrayList<>();

    void add(Outcome o) {
      if (o instanceof Outcome.Ingested i) {
        ingested++;
        alerts += i.alerts();
      } else if (o instanceof Outcome.Duplicate) {
        duplicates++;
      } else if (o instanceof Outcome.Rejected r) {
        rejected(r.input(), r.reason());
      }
    }

    void rejected(String input, String reason) {
      rejected.add(input + ": " + reason);
    }

    long seen() {
      return ingested + duplicates + rejected.size();
    }
  }
}
