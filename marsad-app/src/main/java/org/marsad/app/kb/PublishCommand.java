package org.marsad.app.kb;

import java.io.PrintWriter;
import java.time.Clock;
import java.util.concurrent.Callable;
import org.marsad.share.audit.AuditGate;
import org.marsad.share.export.Lexicons;
import org.marsad.share.export.StixExport;
import org.marsad.share.sync.Sharing;
import org.marsad.share.taxii.Publication;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** `marsad publish [--revoke STIX_ID]`: the picture into the TAXII collections, then to automatic partners. */
@Command(name = "publish", mixinStandardHelpOptions = true, description = {
    "Publish the picture to this node's TAXII collections (what is new or changed since the last time), then send "
        + "it to the partners whose sending is automatic. `marsad serve` over HTTPS does this itself after each "
        + "upload.",
    "--revoke withdraws one of this node's objects: partners receive it revoked and remove it."})
public final class PublishCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Mixin
  StoreOptions store;

  @Option(names = "--node", paramLabel = "NAME", description = "This node's name in what it publishes.")
  String node;

  @Option(names = "--revoke", paramLabel = "STIX_ID", description = "Withdraw this object (repeatable).")
  java.util.List<String> revoke = new java.util.ArrayList<>();

  @Option(names = "--no-send", description = "Publish only; send nothing now.")
  boolean noSend;

  @Option(names = "--actor", paramLabel = "WHO", description = "Who withdraws, for the audit log (default: the "
      + "system user).")
  String actor = System.getProperty("user.name", "unknown");

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    AuditGate gate = new AuditGate();
    Clock clock = Clock.systemUTC();
    try (KbSession kb = new KbSession(store)) {
      StixExport.Options o = StixExport.Options.of(actor).withCountries(Lexicons.countries(kb.extractor()
          .lexicon()));
      Publication.Result r = Sharing.publish(kb.db(), gate, node == null ? o : o.withNodeName(node), clock);
      out.println("published " + r.added() + " new object version(s) of " + r.objects() + (r.revoked() > 0 ? "; "
          + r.revoked() + " gone from the picture revoked" : ""));
      for (String id : revoke) {
        gate.inTransaction(kb.db(), h -> {
          new Publication(h, clock.instant()).withdraw(id, actor);
          return null;
        });
        out.println("revoked " + id);
      }
      if (!noSend) {
        Sharing.sendToAutomatic(kb.db(), gate, store.nodeKey(), clock).forEach(l -> out.println("partner " + l));
      }
    }
    out.flush();
    return 0;
  }
}
