package org.marsad.share.audit;

import java.util.regex.Pattern;
import org.marsad.share.ShareException;

/** What a caller asks the log to record: who did what to which object, and the object's hash at that moment. */
public record AuditEntry(String actor, AuditAction action, String objectId, String objectHash) {
  private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

  public AuditEntry {
    if (actor == null || actor.isBlank() || actor.length() > 200 || actor.indexOf('\n') >= 0) {
      throw new ShareException("an audit actor must be 1-200 characters on one line, got '" + actor + "'");
    }
    if (objectId == null || objectId.isBlank() || objectId.length() > 200 || objectId.indexOf('\n') >= 0) {
      throw new ShareException("an audited object id must be 1-200 characters on one line, got '" + objectId + "'");
    }
    if (objectHash == null || !SHA256.matcher(objectHash).matches()) {
      throw new ShareException("an audited object hash must be a lower-case SHA-256, got '" + objectHash + "'");
    }
  }
}
