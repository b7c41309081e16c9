package org.marsad.app;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.marsad.app.eval.Corpus;
import org.marsad.app.eval.EvalRun;
import org.marsad.app.eval.Score;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** `marsad eval GOLD_DIR`: precision, recall and F1 against gold files, with every miss and false hit. */
@Command(name = "eval", mixinStandardHelpOptions = true,
    description = "Score the extractor against gold files (NAME.ar.txt + NAME.gold.json, as ../shared/seed/expected.json).")
public final class EvalCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Parameters(paramLabel = "GOLD_DIR", description = "Directory with NAME.LANG.txt and NAME.gold.json pairs.")
  Path dir;

  @Option(names = "--lexicon", paramLabel = "DIR", description = "Directory of extra lexicon files.")
  Path lexicon;

  @Option(names = "--brief", description = "Print only the tables, not every miss and false hit.")
  boolean brief;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    List<Corpus.Document> docs = Corpus.list(dir);
    if (docs.isEmpty()) {
      throw new AppException(dir + ": no NAME.LANG.txt + NAME.gold.json pairs found");
    }
    Score s = EvalRun.run(ExtractorFactory.create(Optional.ofNullable(lexicon)), docs);
    out.printf("Evaluated %d documents in %s%n%n", docs.size(), dir);
    table(out, "Entities", s.entityCounts());
    table(out, "Relations and events", s.relationCounts());
    out.printf("Required entities found: %d/%d; required relations found: %d/%d%n%n",
        s.requiredEntitiesFound(), s.requiredEntities(), s.requiredRelationsFound(), s.requiredRelations());
    section(out, "Modality violations (forbidden modality, e.g. a prospect as fact)", s.violations());
    section(out, "Modality errors", s.modalityErrors());
    if (!brief) {
      section(out, "Misses", s.misses());
      section(out, "False hits", s.falseHits());
    }
    out.flush();
    return 0;
  }

  private static void table(PrintWriter out, String title, Map<String, int[]> counts) {
    out.println(title);
    out.printf("  %-24s %5s %5s %5s  %6s %6s %6s%n", "type", "tp", "fp", "fn", "P", "R", "F1");
    counts.forEach((type, c) -> row(out, type, c));
    row(out, "ALL (micro)", Score.total(counts));
    out.println();
  }

  private static void row(PrintWriter out, String type, int[] c) {
    out.printf("  %-24s %5d %5d %5d  %6.3f %6.3f %6.3f%n", type, c[0], c[1], c[2], Score.precision(c),
        Score.recall(c), Score.f1(c));
  }

  private static void section(PrintWriter out, String title, List<String> lines) {
    out.println(title + " (" + lines.size() + ")");
    lines.forEach(l -> out.println("  " + l));
    out.println();
  }
}
