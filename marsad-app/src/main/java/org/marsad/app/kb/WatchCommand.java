package org.marsad.app.kb;

import java.io.PrintWriter;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.marsad.app.AppException;
import org.marsad.extract.RelationType;
import org.marsad.kb.store.Watch;
import org.marsad.kb.store.Watches;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** `marsad watch add|list|rm`: standing questions checked against every newly ingested report. */
@Command(name = "watch", mixinStandardHelpOptions = true,
    description = "Standing questions. Every newly ingested report is checked against each watch; hits become "
        + "alerts (marsad alerts) with the modality the report gave them.",
    subcommands = {WatchCommand.Add.class, WatchCommand.ListWatches.class, WatchCommand.Remove.class})
public final class WatchCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Override
  public Integer call() {
    spec.commandLine().usage(spec.commandLine().getOut());
    return 0;
  }

  /** `marsad watch add NAME ...`. */
  @Command(name = "add", mixinStandardHelpOptions = true, description = {
      "Add a watch. Example: will the Sahara Battalions or AQIM pledge to ISIS?",
      "  marsad watch add sahara-isis --question \"...\" --type PLEDGED_ALLEGIANCE --entity \"كتائب الصحراء\" "
          + "--entity AQIM --with ISIS"})
  static final class Add implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    StoreOptions store;

    @Parameters(paramLabel = "NAME")
    String name;

    @Option(names = "--question", paramLabel = "TEXT", description = "The question, in the analyst's words.")
    String question;

    @Option(names = "--type", split = ",", paramLabel = "TYPE", description = "Relation or event types (any if none).")
    List<RelationType> types = List.of();

    @Option(names = "--entity", paramLabel = "NAME", description = "Entities watched (any one of them).")
    List<String> entities = List.of();

    @Option(names = "--with", paramLabel = "NAME", description = "The hit must also involve one of these.")
    List<String> counterparts = List.of();

    @Option(names = "--place", paramLabel = "NAME", description = "The hit must happen at one of these places.")
    List<String> places = List.of();

    @Override
    public Integer call() {
      if (types.isEmpty() && entities.isEmpty() && counterparts.isEmpty() && places.isEmpty()) {
        throw new AppException("a watch needs at least one indicator: --type, --entity, --with or --place");
      }
      Set<RelationType> t = types.isEmpty() ? Set.of() : EnumSet.copyOf(types);
      try (KbSession kb = new KbSession(store)) {
        Watch w = new Watches(kb.db().handle()).add(name, question == null ? name : question, t, entities,
            counterparts, places, Instant.now());
        spec.commandLine().getOut().println("watching '" + w.name() + "': " + describe(w));
      }
      spec.commandLine().getOut().flush();
      return 0;
    }
  }

  /** `marsad watch list`. */
  @Command(name = "list", mixinStandardHelpOptions = true, description = "List the watches.")
  static final class ListWatches implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    StoreOptions store;

    @Override
    public Integer call() {
      PrintWriter out = spec.commandLine().getOut();
      try (KbSession kb = new KbSession(store)) {
        List<Watch> all = new Watches(kb.db().handle()).all();
        out.println(all.size() + " watch(es)");
        all.forEach(w -> out.println("  " + w.name() + ": " + w.question() + "  [" + describe(w) + "]"));
      }
      out.flush();
      return 0;
    }
  }

  /** `marsad watch rm NAME`. */
  @Command(name = "rm", mixinStandardHelpOptions = true, description = "Remove a watch and its alerts.")
  static final class Remove implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    StoreOptions store;

    @Parameters(paramLabel = "NAME")
    String name;

    @Override
    public Integer call() {
      try (KbSession kb = new KbSession(store)) {
        if (!new Watches(kb.db().handle()).remove(name)) {
          throw new AppException("no watch named '" + name + "' (marsad watch list)");
        }
      }
      spec.commandLine().getOut().println("removed watch '" + name + "'");
      spec.commandLine().getOut().flush();
      return 0;
    }
  }

  static String describe(Watch w) {
    return "types " + (w.types().isEmpty() ? "any" : w.types()) + ", entities " + or(w.entities()) + ", with "
        + or(w.counterparts()) + ", places " + or(w.places());
  }

  private static String or(List<String> l) {
    return l.isEmpty() ? "any" : String.join(" | ", l);
  }
}
