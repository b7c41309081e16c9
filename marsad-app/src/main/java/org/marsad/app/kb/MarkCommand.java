package org.marsad.app.kb;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.marsad.app.AppException;
import org.marsad.share.export.Lexicons;
import org.marsad.share.export.StixExport;
import org.marsad.share.marking.FactTargets;
import org.marsad.share.marking.MarkingTarget;
import org.marsad.share.marking.Markings;
import org.marsad.share.stix.Tlp;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** `marsad mark --tlp LEVEL (--source NAME | --report SHA256 | --fact STIX_ID | --default)`. */
@Command(name = "mark", mixinStandardHelpOptions = true, description = {
    "Set a TLP 2.0 marking (CLEAR, GREEN, AMBER, AMBER+STRICT, RED) on a source, a report, one fact (by the STIX "
        + "id an export gave it) or the node's default. Reports inherit their source's marking and facts their "
        + "reports'; a lower level can only tighten what it inherits (docs/SHARING.md)."})
public final class MarkCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Mixin
  StoreOptions store;

  @Option(names = "--tlp", required = true, paramLabel = "LEVEL", description = "CLEAR, GREEN, AMBER, "
      + "AMBER+STRICT or RED.")
  String tlp;

  @ArgGroup(exclusive = true, multiplicity = "1")
  Target target;

  /** Exactly one thing to mark. */
  static final class Target {
    @Option(names = "--source", paramLabel = "NAME")
    String source;

    @Option(names = "--report", paramLabel = "SHA256")
    String report;

    @Option(names = "--fact", paramLabel = "STIX_ID", description = "A relationship or sighting id from an export.")
    String fact;

    @Option(names = "--default", description = "What is marked where nothing is set.")
    boolean nodeDefault;
  }

  @Option(names = "--actor", paramLabel = "WHO", description = "Who sets it (default: the system user).")
  String actor = System.getProperty("user.name", "unknown");

  @Override
  public Integer call() {
    Tlp level = Tlp.parse(tlp);
    PrintWriter out = spec.commandLine().getOut();
    try (KbSession kb = new KbSession(store)) {
      String label = kb.db().inTransaction(h -> {
        Markings markings = new Markings(h);
        if (target.fact != null) {
          FactTargets fact = StixExport.factTargets(h, target.fact, StixExport.Options.of(actor)
              .withCountries(Lexicons.countries(kb.extractor().lexicon())), kb.clock().instant())
              .orElseThrow(() -> new AppException("no fact of this store has the STIX id " + target.fact));
          markings.set(fact, level, actor, kb.clock().instant());
          return fact.key().label() + " (and the " + fact.statements().size() + " statement(s) it rests on)";
        }
        MarkingTarget chosen;
        if (target.source != null) {
          new org.marsad.kb.store.Sources(h).byName(target.source)
              .orElseThrow(() -> new AppException("no source named '" + target.source + "' (see marsad sources)"));
          chosen = MarkingTarget.source(target.source);
        } else if (target.report != null) {
          new org.marsad.kb.store.Reports(h).bySha(target.report)
              .orElseThrow(() -> new AppException("no report has the SHA-256 '" + target.report + "'"));
          chosen = MarkingTarget.report(target.report);
        } else {
          chosen = MarkingTarget.nodeDefault();
        }
        markings.set(chosen, level, actor, kb.clock().instant());
        return chosen.label();
      });
      out.println("marked " + label + " " + level.label());
    }
    out.flush();
    return 0;
  }
}
