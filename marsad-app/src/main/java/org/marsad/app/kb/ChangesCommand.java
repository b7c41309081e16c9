package org.marsad.app.kb;

import java.io.PrintWriter;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.Callable;
import org.marsad.app.Dates;
import org.marsad.kb.query.Changes;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** `marsad changes --since DATE`. */
@Command(name = "changes", mixinStandardHelpOptions = true,
    description = "What reporting ingested since DATE added: new entities, new relations, relations newly "
        + "contradicted, new events.")
public final class ChangesCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Mixin
  StoreOptions store;

  @Option(names = "--since", required = true, paramLabel = "DATE", description = "YYYY-MM-DD (UTC midnight).")
  String since;

  @Option(names = "--json", description = "Print JSON.")
  boolean json;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    Instant from = Dates.parse("--since", since).atStartOfDay(ZoneOffset.UTC).toInstant();
    try (KbSession kb = new KbSession(store)) {
      Changes c = kb.questions().changes(from);
      Names names = new Names(kb.questions());
      if (json) {
        out.println(KbJson.write(KbJson.answers(kb, names).changes(c)));
      } else {
        out.println("changes since " + since + ":");
        out.println("new entities: " + c.newEntities().size());
        c.newEntities().forEach(e -> out.println("  " + Names.label(e) + "  [" + e.type() + "]"));
        FactText.printAll(out, c.newRelations(), names, false, "new relations");
        FactText.printAll(out, c.contradicted(), names, false, "newly contradicted");
        FactText.printAll(out, c.newEvents(), names, false, "new events");
      }
    }
    out.flush();
    return 0;
  }

}
