package org.marsad.app.kb;

import java.io.PrintWriter;
import java.time.Instant;
import java.util.concurrent.Callable;
import org.marsad.kb.query.Profile;
import org.marsad.kb.resolve.Corrections;
import org.marsad.kb.store.Decision;
import org.marsad.kb.store.StoredEntity;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** `marsad entity NAME`: the profile of one entity; `entity merge` and `entity split` correct resolution. */
@Command(name = "entity", mixinStandardHelpOptions = true,
    description = "Profile of a group, person, place or state actor: names, affiliations over time, last reported "
        + "location and its source, and the merges that made it. NAME may be in any script.",
    subcommands = {EntityCommand.Merge.class, EntityCommand.Split.class})
public final class EntityCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Mixin
  StoreOptions store;

  @Parameters(paramLabel = "NAME", arity = "0..1", description = "A name, alias or ident such as group/aqim.")
  String name;

  @Option(names = "--json", description = "Print JSON.")
  boolean json;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    if (name == null) {
      throw new org.marsad.app.AppException("give an entity NAME, or use 'entity merge' / 'entity split'");
    }
    try (KbSession kb = new KbSession(store)) {
      Profile p = kb.questions().profile(name);
      Names names = new Names(kb.questions());
      if (json) {
        out.println(KbJson.write(KbJson.answers(kb, names).profile(p)));
      } else {
        print(out, p, names);
      }
    }
    out.flush();
    return 0;
  }

  private static void print(PrintWriter out, Profile p, Names names) {
    StoredEntity e = p.entity();
    out.println(Names.label(e) + "  [" + e.type() + ", " + e.ident() + "]");
    e.geo().ifPresent(g -> out.println("  at " + g.lat() + ", " + g.lon()));
    out.println("  names / الأسماء: " + String.join(" · ", p.aliases()));
    out.println("  reported in " + p.reports() + " report(s), " + p.mentions() + " mention(s)");
    out.println("  affiliations over time / الانتماءات:");
    FactText text = new FactText(names);
    if (p.affiliations().isEmpty()) {
      out.println("    none reported");
    }
    p.affiliations().forEach(f -> {
      out.print("    ");
      text.print(out, f);
    });
    out.println("  last reported location / آخر موقع:");
    if (p.lastSeen().isEmpty()) {
      out.println("    none reported");
    }
    p.lastSeen().ifPresent(ls -> out.println("    " + Names.label(ls.place()) + ", "
        + ls.evidence().when().map(Object::toString).orElse("undated") + ", report " + ls.evidence().claim().reportId()
        + " (" + ls.evidence().source() + " " + ls.evidence().grade() + "): «"
        + FactText.oneLine(ls.evidence().claim().evidence()) + "»"));
    if (!p.decisions().isEmpty()) {
      out.println("  merges and splits:");
      for (Decision d : p.decisions()) {
        out.println("    " + d.createdAt() + " " + d.kind() + " " + d.identB() + " → " + d.identA()
            + (d.byHand() ? " by hand" : " by the resolver") + ": " + d.why());
      }
    }
  }

  /** `marsad entity merge A B --why ...`. */
  @Command(name = "merge", mixinStandardHelpOptions = true,
      description = "Make B part of A. Recorded with its reason; applies to later reports and survives "
          + "re-extraction.")
  static final class Merge implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    StoreOptions store;

    @Parameters(index = "0", paramLabel = "A")
    String a;

    @Parameters(index = "1", paramLabel = "B")
    String b;

    @Option(names = "--why", required = true, paramLabel = "REASON", description = "Why they are one.")
    String why;

    @Override
    public Integer call() {
      try (KbSession kb = new KbSession(store)) {
        StoredEntity into = new Corrections(kb.db().handle(), kb.nameKey()).merge(a, b, why, Instant.now());
        kb.sync().reindexEntity(into.id());
        spec.commandLine().getOut().println("merged '" + b + "' into " + Names.label(into) + " [" + into.ident()
            + "]");
      }
      spec.commandLine().getOut().flush();
      return 0;
    }
  }

  /** `marsad entity split NAME [--alias ALIAS] --why ...`. */
  @Command(name = "split", mixinStandardHelpOptions = true,
      description = {"Undo a merge: NAME, once merged into another entity, stands on its own again.",
          "With --alias, carve that name out of entity NAME: its mentions become a new entity.",
          "Recorded with its reason; later reports and re-extraction keep them apart."})
  static final class Split implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    StoreOptions store;

    @Parameters(paramLabel = "NAME")
    String name;

    @Option(names = "--alias", paramLabel = "ALIAS", description = "The name to carve out of NAME.")
    String alias;

    @Option(names = "--why", required = true, paramLabel = "REASON", description = "Why they are not one.")
    String why;

    @Override
    public Integer call() {
      try (KbSession kb = new KbSession(store)) {
        Corrections c = new Corrections(kb.db().handle(), kb.nameKey());
        StoredEntity apart = alias == null ? c.unmerge(name, why, Instant.now())
            : c.splitAlias(name, alias, why, Instant.now());
        kb.sync().reindexEntity(apart.id());
        kb.sync().reindexEntity(apart.canonicalId());
        spec.commandLine().getOut().println("split: " + Names.label(apart) + " [" + apart.ident()
            + "] stands on its own");
      }
      spec.commandLine().getOut().flush();
      return 0;
    }
  }
}
