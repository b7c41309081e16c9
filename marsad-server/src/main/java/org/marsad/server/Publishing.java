package org.marsad.server;

import java.nio.file.Path;
import java.time.Clock;
import org.marsad.share.audit.AuditGate;
import org.marsad.share.export.Lexicons;
import org.marsad.share.export.StixExport;
import org.marsad.share.sync.Sharing;

/**
 * Publishes the picture to the TAXII collections on start and after each upload, then sends it to the partners
 * whose sending is automatic; all on the writer thread, after the writes it publishes.
 */
final class Publishing {
  private final KbPool kb;
  private final IngestRoutes writer;
  private final AuditGate gate;
  private final ServerOptions options;
  private final Path nodeKey;
  private final Clock clock;

  Publishing(KbPool kb, IngestRoutes writer, AuditGate gate, ServerOptions options, Path nodeKey, Clock clock) {
    this.kb = kb;
    this.writer = writer;
    this.gate = gate;
    this.options = options;
    this.nodeKey = nodeKey;
    this.clock = clock;
  }

  void soon() {
    writer.laterOnWriter((db, ingestor) -> {
      try {
        publishAndSend(db);
      } catch (RuntimeException e) {
        System.err.println("marsad: publishing to the TAXII collections failed: " + e.getMessage());
      }
    });
  }

  private void publishAndSend(org.marsad.kb.store.Database db) {
    StixExport.Options o = StixExport.Options.of("marsad-server").withCountries(Lexicons.countries(
        kb.extractor().lexicon()));
    Sharing.publish(db, gate, options.nodeName().map(o::withNodeName).orElse(o), clock);
    // a server has no terminal: what could not be sent is said on its error stream and retried next time
    Sharing.sendToAutomatic(db, gate, nodeKey, clock).stream().filter(l -> l.contains("not sent"))
        .forEach(l -> System.err.println("marsad: partner " + l));
  }
}
