package org.marsad.app.kb;

import java.io.PrintWriter;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.marsad.kb.grade.Credibility;
import org.marsad.kb.grade.Reliability;
import org.marsad.kb.store.Source;
import org.marsad.kb.store.Sources;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** `marsad sources`: every source with its grading and reports; `sources grade` re-assesses one. */
@Command(name = "sources", mixinStandardHelpOptions = true,
    description = "Sources with their Admiralty reliability (A-F), default report credibility (1-6) and reports.",
    subcommands = SourcesCommand.Grade.class)
public final class SourcesCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Mixin
  StoreOptions store;

  @Option(names = "--json", description = "Print JSON.")
  boolean json;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    try (KbSession kb = new KbSession(store)) {
      List<Sources.SourceStats> stats = new Sources(kb.db().handle()).stats();
      if (json) {
        out.println(KbJson.write(org.marsad.kb.export.AnswerJson.sources(stats)));
      } else {
        out.println(stats.size() + " source(s) / المصادر");
        for (Sources.SourceStats s : stats) {
          Source src = s.source();
          out.println("  " + src.name() + "  " + src.reliability().name() + src.defaultCredibility().code() + " ("
              + src.reliability().meaning() + "; reports by default " + src.defaultCredibility().meaning() + ")  "
              + s.reports() + " report(s)" + s.firstPublished().map(d -> ", " + d).orElse("")
              + s.lastPublished().map(d -> " to " + d).orElse(""));
        }
      }
    }
    out.flush();
    return 0;
  }

  /** `marsad sources grade NAME --reliability B --credibility 2`. */
  @Command(name = "grade", mixinStandardHelpOptions = true,
      description = "Set a source's reliability and the credibility its reports get by default.")
  static final class Grade implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    StoreOptions store;

    @Parameters(paramLabel = "NAME")
    String name;

    @Option(names = "--reliability", paramLabel = "A-F")
    String reliability;

    @Option(names = "--credibility", paramLabel = "1-6")
    String credibility;

    @Override
    public Integer call() {
      try (KbSession kb = new KbSession(store)) {
        Source s = new Sources(kb.db().handle()).ensure(name,
            Optional.ofNullable(reliability).map(Reliability::parse),
            Optional.ofNullable(credibility).map(Credibility::parse), Instant.now());
        spec.commandLine().getOut().println(s.name() + ": " + s.reliability().name()
            + s.defaultCredibility().code());
      }
      spec.commandLine().getOut().flush();
      return 0;
    }
  }
}
