package org.marsad.app.kb;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.marsad.kb.query.Fact;
import org.marsad.kb.query.Network;
import org.marsad.kb.store.StoredEntity;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** `marsad network NAME --depth N`. */
@Command(name = "network", mixinStandardHelpOptions = true,
    description = "The entities linked to one entity within N steps, and the facts that link them.")
public final class NetworkCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Mixin
  StoreOptions store;

  @Parameters(paramLabel = "NAME")
  String name;

  @Option(names = "--depth", paramLabel = "N", description = "Steps from NAME, 1 to 4 (default ${DEFAULT-VALUE}).")
  int depth = 1;

  @Option(names = "--json", description = "Print JSON.")
  boolean json;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    try (KbSession kb = new KbSession(store)) {
      Network n = kb.questions().network(name, depth);
      Names names = new Names(kb.questions());
      if (json) {
        out.println(KbJson.write(KbJson.answers(kb, names).network(n)));
      } else {
        out.println("network of " + Names.label(n.center()) + ", depth " + n.depth() + ": " + n.nodes().size()
            + " entities, " + n.edges().size() + " links");
        for (StoredEntity e : n.nodes()) {
          out.println("  " + Names.label(e) + "  [" + e.type() + "]");
        }
        FactText text = new FactText(names);
        for (Fact f : n.edges()) {
          out.print("  ");
          text.print(out, f);
        }
      }
    }
    out.flush();
    return 0;
  }
}
