package org.marsad.share.sync;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.marsad.kb.store.Database;
import org.marsad.share.ShareException;
import org.marsad.share.audit.AuditGate;
import org.marsad.share.export.StixExport;
import org.marsad.share.partner.Partner;
import org.marsad.share.partner.Partners;
import org.marsad.share.taxii.Publication;

/** Publishing, then sending to every partner whose sending is automatic: what a server does after each ingest. */
public final class Sharing {
  public static final int PAGE = 500;

  private Sharing() {
  }

  public static Publication.Result publish(Database db, AuditGate gate, StixExport.Options options, Clock clock) {
    return gate.inTransaction(db, h -> new Publication(h, clock.instant()).publish(options));
  }

  /**
   * Pushes to each automatic partner, signing in with its credentials opened with the node key in {@code keyFile};
   * one failing (its server, or a missing or wrong key) does not stop the others. Returns a line per partner.
   */
  public static List<String> sendToAutomatic(Database db, AuditGate gate, Path keyFile, Clock clock) {
    List<String> out = new ArrayList<>();
    for (Partner p : db.inTransaction(h -> new Partners(h).list())) {
      if (p.sendMode() != Partner.SendMode.AUTO) {
        continue;
      }
      try {
        int n = new PartnerSync(db, p, PartnerSync.clientFor(db, p, keyFile), gate, clock).push(PAGE,
            (d, k, o, s) -> { });
        out.add(p.name() + ": " + n + " object(s) sent");
      } catch (ShareException e) {
        out.add(p.name() + ": not sent: " + e.getMessage());
      }
    }
    return out;
  }
}
