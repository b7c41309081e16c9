package org.marsad.server;

import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import org.marsad.kb.source.Sha256;
import org.marsad.share.audit.AuditAction;
import org.marsad.share.audit.AuditEntry;
import org.marsad.share.audit.AuditGate;
import org.marsad.share.audit.AuditLog;

/**
 * Records every answer the API gave an account as viewed: who, which question (path and query) and the SHA-256 of
 * the answer, so that what an analyst saw can be shown later.
 */
final class ViewAudit {
  private final KbPool kb;
  private final AuditGate gate;
  private final Clock clock;

  ViewAudit(KbPool kb, AuditGate gate, Clock clock) {
    this.kb = kb;
    this.gate = gate;
    this.clock = clock;
  }

  void after(Context ctx) {
    if (!ctx.method().name().equals("GET") || ctx.statusCode() != 200 || !ctx.path().startsWith("/api/")) {
      return;
    }
    Auth.caller(ctx).ifPresent(c -> {
      String q = ctx.queryString();
      String what = (ctx.path() + (q == null ? "" : "?" + q)).replace('\n', ' ');
      String answer = ctx.result();
      String hash = Sha256.hex((answer == null ? what : answer).getBytes(StandardCharsets.UTF_8));
      kb.with(db -> gate.inTransaction(db, h -> new AuditLog(h).append(List.of(new AuditEntry(c.name(),
          AuditAction.VIEWED, what.length() > 200 ? what.substring(0, 200) : what, hash)), clock.instant())));
    });
  }
}
