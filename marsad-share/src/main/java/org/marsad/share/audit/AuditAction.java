package org.marsad.share.audit;

import java.util.Locale;

/** What happened to an object, as the audit log records it. */
public enum AuditAction {
  SENT,
  RECEIVED,
  VIEWED,
  EXPORTED,
  /** An object this node withdrew from what it shares: revoked, or deleted from a TAXII collection. */
  WITHDRAWN,
  /** A request refused: bad credentials, beyond a partner's rules, malformed, oversized, forged or replayed. */
  REFUSED;

  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
