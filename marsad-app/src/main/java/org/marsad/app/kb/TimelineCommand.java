package org.marsad.app.kb;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** `marsad timeline NAME`. */
@Command(name = "timeline", mixinStandardHelpOptions = true,
    description = "Everything reported about one entity, in order of event time, each with its reports.")
public final class TimelineCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Mixin
  StoreOptions store;

  @Parameters(paramLabel = "NAME")
  String name;

  @Option(names = "--json", description = "Print JSON.")
  boolean json;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    try (KbSession kb = new KbSession(store)) {
      Names names = new Names(kb.questions());
      FactText.printAll(out, kb.questions().timeline(name), names, json,
          "timeline of " + Names.label(kb.questions().entity(name)));
    }
    out.flush();
    return 0;
  }
}
