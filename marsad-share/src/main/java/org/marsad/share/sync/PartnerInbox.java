package org.marsad.share.sync;

import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.LongConsumer;
import org.marsad.kb.ingest.Ingestor;
import org.marsad.kb.store.Database;
import org.marsad.share.partner.Partner;
import org.marsad.share.partner.Partners;
import org.marsad.share.receive.Intake;
import org.marsad.share.taxii.Caller;
import org.marsad.share.taxii.Collection;
import org.marsad.share.taxii.Inbox;
import tools.jackson.databind.JsonNode;

/**
 * The server's side of a push: what a partner (or an analyst) posts to a writable collection is taken in exactly as
 * a pulled page is, as evidence from its creators, under the same refusal of forged creators.
 */
public final class PartnerInbox implements Inbox {
  private final Database db;
  private final Ingestor ingestor;
  private final Clock clock;
  private final LongConsumer removedReport;

  /** {@code removedReport} hears each local report a revocation removed, for the search index. */
  public PartnerInbox(Database db, Ingestor ingestor, Clock clock, LongConsumer removedReport) {
    this.db = db;
    this.ingestor = ingestor;
    this.clock = clock;
    this.removedReport = removedReport;
  }

  @Override
  public Receipt receive(Caller caller, Collection collection, List<JsonNode> objects) {
    List<Partner> partners = db.inTransaction(h -> new Partners(h).list());
    Set<String> forbidden = new HashSet<>();
    partners.stream().filter(p -> !p.name().equals(caller.name())).forEach(p -> p.identity().ifPresent(forbidden::add));
    partners.stream().filter(p -> p.name().equals(caller.name())).forEach(p -> p.identity().ifPresent(
        forbidden::remove));
    Intake.Result r = Intake.take(db, ingestor, new Intake.Sender(caller.name(), forbidden), objects, caller.name(),
        clock.instant(), h -> { });
    r.removedReports().forEach(removedReport::accept);
    return new Receipt(r.taken(), List.of());
  }
}
