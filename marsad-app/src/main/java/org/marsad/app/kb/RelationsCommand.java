package org.marsad.app.kb;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import org.marsad.app.Dates;
import org.marsad.extract.RelationType;
import org.marsad.kb.query.Fact;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** `marsad relations [--type T] [--as-of DATE] [--entity NAME]`. */
@Command(name = "relations", mixinStandardHelpOptions = true,
    description = {"Relations and events with their evidence. --as-of uses event time (when it happened), not "
        + "the time a report was ingested.", "Types: ${COMPLETION-CANDIDATES}"})
public final class RelationsCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Mixin
  StoreOptions store;

  @Option(names = "--type", paramLabel = "TYPE", split = ",", description = "Only these types (repeat or comma-separate).")
  List<RelationType> types = List.of();

  @Option(names = "--as-of", paramLabel = "DATE", description = "What held, or had happened, on this date.")
  String asOf;

  @Option(names = "--entity", paramLabel = "NAME", description = "Only facts involving this entity.")
  String entity;

  @Option(names = "--json", description = "Print JSON.")
  boolean json;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    Optional<LocalDate> date = Optional.ofNullable(asOf).map(v -> Dates.parse("--as-of", v));
    Set<RelationType> t = types.isEmpty() ? Set.of() : EnumSet.copyOf(types);
    try (KbSession kb = new KbSession(store)) {
      List<Fact> facts = kb.questions().relations(t, date, Optional.ofNullable(entity));
      String heading = "relations" + (t.isEmpty() ? "" : " " + t) + date.map(d -> " as of " + d).orElse("")
          + (entity == null ? "" : " involving '" + entity + "'");
      FactText.printAll(out, facts, new Names(kb.questions()), json, heading);
    }
    out.flush();
    return 0;
  }
}
