package org.marsad.app;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.marsad.app.eval.Corpus;
import org.marsad.app.kb.Analyst;
import org.marsad.app.kb.StoreOptions;
import org.marsad.app.eval.Gold;
import org.marsad.kb.source.Sha256;
import org.marsad.kb.source.SourceFormat;
import org.marsad.kb.source.SourceReport;
import org.marsad.text.DecodedText;
import org.marsad.text.ReportDecoder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * `marsad demo`: ingests the sample corpus into the embedded store, sets the seed's standing question as a
 * watch, and answers three analyst questions from the whole body of reports.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
    description = {"Ingest the bundled sample corpus into the knowledge base (--data, default ./marsad-data), "
        + "answer three analyst questions from it, then serve the web app over it (--no-serve to stop there).",
        "Running it again adds nothing: the same reports are never stored twice."})
public final class DemoCommand implements Callable<Integer> {
  static final String SOURCE = "Marsad sample corpus";
  @Spec
  CommandSpec spec;

  @Mixin
  StoreOptions store;

  @Option(names = "--samples", paramLabel = "DIR",
      description = "Sample corpus directory (default: the samples folder of the Marsad checkout).")
  Path samples = Path.of(System.getProperty("marsad.home", "."), "samples");

  @Option(names = "--no-serve", description = "Answer and exit, without serving the web app afterwards.")
  boolean noServe;

  @Option(names = "--port", paramLabel = "N", description = "Port of the web app (default ${DEFAULT-VALUE}).")
  int port = 8080;

  @Override
  public Integer call() throws InterruptedException {
    PrintWriter out = spec.commandLine().getOut();
    if (!Files.isDirectory(samples)) {
      throw new AppException(samples.toAbsolutePath() + ": sample corpus not found; run from the Marsad checkout "
          + "or give --samples DIR");
    }
    List<Corpus.Document> docs = Corpus.list(samples);
    try (Analyst analyst = new Analyst(store, out)) {
      analyst.ingest(docs.stream().map(DemoCommand::report).toList(), SOURCE);
      analyst.watchSaharaBattalions();
      analyst.answerThreeQuestions();
    }
    out.println();
    out.println("Ask your own: ./marsad entity \"Iyad Ag Ghaly\", ./marsad relations --as-of 2017-06-01, "
        + "./marsad search كيدال, ./marsad changes --since 2026-01-01 (all with --data " + store.data() + ")");
    out.flush();
    if (!noServe) {
      out.println();
      // the demo signs in by a link with a fresh token, on this machine only: zero setup, still no open API
      org.marsad.app.kb.ServeCommand.serveUntilStopped(store, org.marsad.server.ServerOptions.local(port), out,
          java.util.Optional.of(org.marsad.app.kb.FirstAccount.demoToken(store)));
    }
    return 0;
  }

  /** A sample report with the publication date its gold file gives, which relative times resolve against. */
  static SourceReport report(Corpus.Document d) {
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(d.text());
    } catch (IOException e) {
      throw new AppException(d.text() + ": cannot read: " + e.getMessage(), e);
    }
    DecodedText text = ReportDecoder.withDefaults().decode(d.text().toString(), bytes);
    Gold gold = Gold.read(d.gold());
    return new SourceReport(d.text().getFileName().toString(), bytes, Sha256.hex(bytes), text.text(),
        java.util.Optional.empty(), java.util.Optional.empty(), gold.published(), java.util.Optional.empty(),
        text.charset(), SourceFormat.TXT);
  }
}
