package org.marsad.app.kb;

import java.io.PrintWriter;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.marsad.app.Dates;
import org.marsad.kb.store.Alert;
import org.marsad.kb.store.Reports;
import org.marsad.kb.store.Watches;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** `marsad alerts [--since DATE]`. */
@Command(name = "alerts", mixinStandardHelpOptions = true,
    description = "Hits of the watches, each with its report, evidence and modality. A prospect is not an event.")
public final class AlertsCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Mixin
  StoreOptions store;

  @Option(names = "--since", paramLabel = "DATE", description = "Only alerts raised since this date (UTC).")
  String since;

  @Option(names = "--json", description = "Print JSON.")
  boolean json;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    Optional<Instant> from = Optional.ofNullable(since)
        .map(s -> Dates.parse("--since", s).atStartOfDay(ZoneOffset.UTC).toInstant());
    try (KbSession kb = new KbSession(store)) {
      List<Alert> alerts = new Watches(kb.db().handle()).alerts(from);
      Reports reports = new Reports(kb.db().handle());
      if (json) {
        out.println(KbJson.write(KbJson.answers(kb, new Names(kb.questions())).alerts(alerts)));
      } else {
        out.println(alerts.size() + " alert(s) / تنبيهات");
        for (Alert a : alerts) {
          out.println("  [" + a.watch() + "] " + a.modality() + (a.modality().name().equals("POSSIBLE")
              ? " (a prospect, not an event)" : "") + ", report " + a.reportId() + " ("
              + reports.byId(a.reportId()).map(r -> r.inputName()).orElse("?") + "): «"
              + FactText.oneLine(a.evidence()) + "»");
        }
      }
    }
    out.flush();
    return 0;
  }
}
