package org.marsad.app.kb;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import org.marsad.kb.index.IndexSync;
import org.marsad.kb.ingest.Ingestor;
import org.marsad.share.receive.BundleReader;
import org.marsad.share.receive.Skip;
import org.marsad.share.receive.StixImport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** `marsad import --format stix FILE`: a partner's bundle as evidence from its creator. */
@Command(name = "import", mixinStandardHelpOptions = true, description = {
    "Take in a STIX 2.1 bundle as evidence from the identity that created it: groups, people, organisations, "
        + "places, their relations and events, and reports. Local work is never changed; markings only tighten.",
    "Says, per STIX type, what was taken in and what was skipped and why. A file that is not STIX JSON is "
        + "refused whole (exit code 2) and nothing is written."})
public final class ImportCommand implements Callable<Integer> {
  /** The formats that can be imported. */
  enum Format { stix }

  @Spec
  CommandSpec spec;

  @Mixin
  StoreOptions store;

  @Option(names = "--format", required = true, paramLabel = "FORMAT", description = "${COMPLETION-CANDIDATES}")
  Format format;

  @Option(names = "--max-bytes", paramLabel = "N", description = "Refuse larger files (default: ${DEFAULT-VALUE}).")
  long maxBytes = BundleReader.DEFAULT_MAX_BYTES;

  @Option(names = "--actor", paramLabel = "WHO", description = "Who imports, for the audit log (default: the "
      + "system user).")
  String actor = System.getProperty("user.name", "unknown");

  @Parameters(paramLabel = "FILE", description = "The STIX bundle (JSON).")
  Path file;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    StixImport.Result r;
    try (KbSession kb = new KbSession(store)) {
      IndexSync sync = kb.sync();
      Ingestor ingestor = new Ingestor(kb.db(), kb.extractor(), kb.clock()).addListener(sync::add);
      r = StixImport.receive(kb.db(), ingestor, file, maxBytes, actor, kb.clock().instant());
      sync.commit();
    }
    out.println(file + ": " + r.reportsStored() + " report(s) stored" + (r.reportsKnown() > 0 ? ", "
        + r.reportsKnown() + " already known" : ""));
    out.println("  taken in: " + (r.kept().isEmpty() ? "nothing" : new TreeMap<>(r.kept())));
    Map<String, Map<String, Integer>> skipped = new TreeMap<>();
    for (Skip s : r.skipped()) {
      skipped.computeIfAbsent(s.type(), k -> new TreeMap<>()).merge(s.reason(), 1, Integer::sum);
    }
    skipped.forEach((type, reasons) -> reasons.forEach((reason, n) -> out.println("  skipped " + n + " " + type
        + ": " + reason)));
    out.flush();
    return 0;
  }
}
