package org.marsad.app;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.marsad.app.eval.Corpus;
import org.marsad.app.eval.EvalRun;
import org.marsad.app.eval.Gold;
import org.marsad.extract.Extraction;
import org.marsad.extract.Extractor;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** `marsad demo`: extracts the sample corpus and prints a readable summary of each report. */
@Command(name = "demo", mixinStandardHelpOptions = true,
    description = "Extract the bundled sample corpus and print what Marsad finds in each report.")
public final class DemoCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Option(names = "--samples", paramLabel = "DIR",
      description = "Sample corpus directory (default: the samples folder of the Marsad checkout).")
  Path samples = Path.of(System.getProperty("marsad.home", "."), "samples");

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    if (!Files.isDirectory(samples)) {
      throw new AppException(samples.toAbsolutePath() + ": sample corpus not found; run from the Marsad checkout "
          + "or give --samples DIR");
    }
    List<Corpus.Document> docs = Corpus.list(samples);
    long t0 = System.nanoTime();
    Extractor extractor = ExtractorFactory.create(Optional.empty());
    long loaded = System.nanoTime();
    int entities = 0;
    int relations = 0;
    for (Corpus.Document d : docs) {
      Gold gold = Gold.read(d.gold());
      Extraction x = extractor.extract(EvalRun.read(d.text()), EvalRun.options(gold, d.lang()));
      entities += x.entities().size();
      relations += x.relations().size();
      out.print(Summary.render(d.text().getFileName().toString(), x));
      out.println();
    }
    long done = System.nanoTime();
    out.printf("Marsad read %d reports: %d entities, %d relations and events "
        + "(lexicons loaded in %d ms, extraction took %d ms).%n", docs.size(), entities, relations,
        (loaded - t0) / 1_000_000, (done - loaded) / 1_000_000);
    out.println("Score them against their gold files with: ./marsad eval samples");
    out.flush();
    return 0;
  }
}
