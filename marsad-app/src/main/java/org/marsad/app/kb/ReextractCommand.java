package org.marsad.app.kb;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.marsad.kb.ingest.Reextractor;
import org.marsad.kb.store.Reports;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** `marsad reextract`: run the current extractor and lexicons over every stored report again. */
@Command(name = "reextract", mixinStandardHelpOptions = true,
    description = "Extract every stored report again, after a lexicon or Marsad update. Hand merges and splits "
        + "are kept and applied again.")
public final class ReextractCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Mixin
  StoreOptions store;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    try (KbSession kb = new KbSession(store)) {
      long total = new Reports(kb.db().handle()).count();
      Progress progress = new Progress(spec.commandLine().getErr(), total, System.console() != null);
      long[] done = {0};
      int n = new Reextractor(kb.db(), kb.extractor(), kb.clock()).run(id -> progress.update(++done[0]));
      out.println("extracted " + n + " report(s) again");
      int indexed = kb.sync().rebuild(id -> { });
      out.println("indexed " + indexed + " report(s) for search");
    }
    out.flush();
    return 0;
  }
}
