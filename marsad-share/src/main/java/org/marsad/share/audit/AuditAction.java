package org.marsad.share.audit;

import java.util.Locale;

/** What happened to an object, as the audit log records it. */
public enum AuditAction {
  SENT,
  RECEIVED,
  VIEWED,
  EXPORTED;

  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
