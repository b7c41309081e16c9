package org.marsad.server;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.marsad.kb.source.Sha256;
import org.marsad.share.audit.AuditAction;
import org.marsad.share.audit.AuditEntry;
import org.marsad.share.audit.AuditGate;
import org.marsad.share.audit.AuditLog;
import org.marsad.share.sync.PartnerInbox;
import org.marsad.share.taxii.MediaTypes;
import org.marsad.share.taxii.TaxiiRequest;
import org.marsad.share.taxii.TaxiiResponse;
import org.marsad.share.taxii.TaxiiService;

/**
 * Mounts marsad-share's TAXII 2.1 service at /taxii2/: reads go through a pooled store connection, writes (a POST
 * of objects, a DELETE) through the one writer thread, so that what partners post is taken in one envelope at a
 * time, beside uploads.
 */
final class TaxiiRoutes {
  /** The largest envelope taken, as the API root says in max_content_length. */
  static final long MAX_ENVELOPE = 16L * 1024 * 1024;
  private final KbPool kb;
  private final IngestRoutes writer;
  private final TaxiiService service;
  private final AuditGate gate;
  private final Clock clock;

  TaxiiRoutes(KbPool kb, IngestRoutes writer, AuditGate gate, String title, Clock clock) {
    this.kb = kb;
    this.writer = writer;
    this.gate = gate;
    this.clock = clock;
    this.service = new TaxiiService(new TaxiiService.Settings(title, Auth.TAXII_PREFIX + "/", MAX_ENVELOPE), gate,
        (caller, collection, objects) -> writer.onWriter((db, ingestor) -> new PartnerInbox(db, ingestor, clock,
            id -> kb.index().delete(id)).receive(caller, collection, objects)), clock);
  }

  void register(RoutesConfig routes) {
    for (String path : List.of(Auth.TAXII_PREFIX, Auth.TAXII_PREFIX + "/*")) {
      routes.get(path, this::handle);
      routes.post(path, this::handle);
      routes.delete(path, this::handle);
    }
  }

  private void handle(Context ctx) throws IOException {
    String method = ctx.method().name();
    byte[] body = new byte[0];
    if (method.equals("POST")) {
      if (ctx.contentLength() > MAX_ENVELOPE) {
        // refused unread: the record hashes the request line, as there is no body to hash
        String what = "413 POST " + ctx.path();
        String actor = Auth.caller(ctx).map(c -> c.name()).orElse("anonymous@" + ctx.ip());
        kb.with(db -> gate.inTransaction(db, h -> new AuditLog(h).append(List.of(new AuditEntry(actor,
            AuditAction.REFUSED, what.length() > 200 ? what.substring(0, 200) : what, Sha256.hex(what.getBytes(
                java.nio.charset.StandardCharsets.UTF_8)))), clock.instant())));
        send(ctx, TaxiiService.error(413, "Content Too Large", "an envelope is at most " + MAX_ENVELOPE
            + " bytes, not " + ctx.contentLength()));
        return;
      }
      try (InputStream in = ctx.req().getInputStream()) {
        body = in.readNBytes((int) MAX_ENVELOPE + 1); // the service refuses what went past the limit
      }
    }
    Map<String, List<String>> params = new HashMap<>(ctx.queryParamMap());
    String path = ctx.path().substring(Auth.TAXII_PREFIX.length());
    TaxiiRequest r = new TaxiiRequest(method, path, params, ctx.header("Accept"), ctx.contentType(), body,
        Auth.caller(ctx));
    TaxiiResponse resp = method.equals("GET") ? kb.with(db -> service.handle(db, r))
        : writer.onWriter((db, ingestor) -> service.handle(db, r));
    if (resp.status() == 202 || method.equals("DELETE") && resp.status() == 200) {
      kb.sync().commit(); // what a partner's revocation removed leaves the search index too
    }
    send(ctx, resp);
  }

  static void send(Context ctx, TaxiiResponse resp) {
    ctx.attribute(MarsadServer.PROBLEM, Boolean.TRUE);
    ctx.status(resp.status());
    resp.headers().forEach(ctx::header);
    if (resp.body().length > 0) {
      ctx.contentType(MediaTypes.TAXII).result(resp.body());
    }
  }
}
