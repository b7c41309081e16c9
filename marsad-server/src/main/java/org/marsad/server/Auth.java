package org.marsad.server;

import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.marsad.kb.source.Sha256;
import org.marsad.share.account.Account;
import org.marsad.share.account.Accounts;
import org.marsad.share.account.Role;
import org.marsad.share.audit.AuditAction;
import org.marsad.share.audit.AuditEntry;
import org.marsad.share.audit.AuditGate;
import org.marsad.share.audit.AuditLog;
import org.marsad.share.partner.Partners;
import org.marsad.share.partner.Rules;
import org.marsad.share.taxii.Caller;
import org.marsad.share.tls.Keystores;

/**
 * Who is calling, for every API and TAXII request: a pinned client certificate, a bearer token or HTTP Basic (the
 * account's name and a token). Everything under /api/ needs an admin or analyst, except /api/health; everything
 * under /taxii2/ needs an account, except discovery when so configured; a partner account reaches only TAXII,
 * under its partner rules. Each account, and each address that has not signed in, is held to a rate. Refusals are
 * audited.
 */
final class Auth {
  static final String CALLER = "marsad.caller";
  static final String TAXII_PREFIX = "/taxii2";
  private final KbPool kb;
  private final AuditGate gate;
  private final RateLimiter limiter;
  private final boolean publicDiscovery;
  private final Clock clock;

  Auth(KbPool kb, AuditGate gate, RateLimiter limiter, boolean publicDiscovery, Clock clock) {
    this.kb = kb;
    this.gate = gate;
    this.limiter = limiter;
    this.publicDiscovery = publicDiscovery;
    this.clock = clock;
  }

  /** Thrown where a request stops; TAXII paths answer with TAXII's error resource, the API with a problem. */
  static final class Refused extends ServerException {
    final boolean taxii;
    final long retryAfter;

    Refused(int status, String detail, boolean taxii, long retryAfter) {
      super(status, detail);
      this.taxii = taxii;
      this.retryAfter = retryAfter;
    }
  }

  void check(Context ctx) {
    String path = ctx.path();
    boolean taxii = path.equals(TAXII_PREFIX) || path.startsWith(TAXII_PREFIX + "/");
    boolean api = path.startsWith("/api/") || path.equals("/api");
    if (!taxii && !api || path.equals("/api/health")) {
      return;
    }
    Optional<Account> who = kb.with(db -> identify(ctx, db.handle()));
    String key = who.map(a -> "account:" + a.name()).orElse("address:" + ctx.ip());
    long wait = limiter.acquire(key);
    if (wait > 0) {
      refuse(ctx, who, 429, "too many requests from " + key.substring(key.indexOf(':') + 1) + "; try again in "
          + wait + " s", taxii, wait);
    }
    boolean discovery = taxii && (path.equals(TAXII_PREFIX) || path.equals(TAXII_PREFIX + "/"));
    if (who.isEmpty()) {
      if (discovery && publicDiscovery) {
        return;
      }
      boolean tried = ctx.header("Authorization") != null;
      refuse(ctx, who, 401, tried ? "the credentials given are not those of any account" : "sign in: a bearer "
          + "token, HTTP Basic (account name and token) or a client certificate", taxii, 0);
    }
    Account a = who.get();
    if (api && a.role() == Role.PARTNER) {
      refuse(ctx, who, 403, "account " + a.name() + " is a partner's: it may use TAXII only", false, 0);
    }
    Rules rules = a.role() != Role.PARTNER ? Rules.unrestricted() : kb.with(db -> new Partners(db.handle())
        .find(a.name())).map(p -> p.rules()).orElseThrow(() -> refusal(ctx, who, 403, "account " + a.name()
        + " is a partner account, but no partner of that name is registered", taxii));
    ctx.attribute(CALLER, new Caller(a, rules));
  }

  static Optional<Caller> caller(Context ctx) {
    return Optional.ofNullable(ctx.attribute(CALLER));
  }

  private Optional<Account> identify(Context ctx, org.jdbi.v3.core.Handle h) {
    Accounts accounts = new Accounts(h);
    Object certs = ctx.req().getAttribute("jakarta.servlet.request.X509Certificate");
    if (certs instanceof X509Certificate[] chain && chain.length > 0) {
      Optional<Account> a = accounts.byCertificate(Keystores.fingerprint(chain[0]));
      if (a.isPresent()) {
        return a;
      }
    }
    String auth = ctx.header("Authorization");
    if (auth == null) {
      return Optional.empty();
    }
    if (auth.regionMatches(true, 0, "Bearer ", 0, 7)) {
      return accounts.byToken(auth.substring(7).trim());
    }
    if (auth.regionMatches(true, 0, "Basic ", 0, 6)) {
      try {
        String pair = new String(Base64.getDecoder().decode(auth.substring(6).trim()), StandardCharsets.UTF_8);
        int colon = pair.indexOf(':');
        return colon < 1 ? Optional.empty() : accounts.byPassword(pair.substring(0, colon), pair.substring(colon + 1));
      } catch (IllegalArgumentException e) {
        return Optional.empty(); // not base64: no account
      }
    }
    return Optional.empty();
  }

  private void refuse(Context ctx, Optional<Account> who, int status, String detail, boolean taxii, long retry) {
    Refused r = refusal(ctx, who, status, detail, taxii);
    throw retry > 0 ? new Refused(status, detail, taxii, retry) : r;
  }

  private Refused refusal(Context ctx, Optional<Account> who, int status, String detail, boolean taxii) {
    String actor = who.map(Account::name).orElse("anonymous@" + ctx.ip());
    String what = (status + " " + ctx.method() + " " + ctx.path()).replace('\n', ' ');
    kb.with(db -> gate.inTransaction(db, h -> new AuditLog(h).append(List.of(new AuditEntry(actor.length() > 200
        ? actor.substring(0, 200) : actor, AuditAction.REFUSED, what.length() > 200 ? what.substring(0, 200) : what,
        Sha256.hex(what.getBytes(StandardCharsets.UTF_8)))), clock.instant())));
    return new Refused(status, detail, taxii, 0);
  }
}
