package org.marsad.share.audit;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.marsad.kb.source.Sha256;

/**
 * One row of the audit log. {@code hash} is the SHA-256 of every other field, the previous row's hash included,
 * each written out and separated by a character that none of them may contain. {@code action} is kept as stored
 * (an {@link AuditAction} name) so that an edited value is hashed as it now reads.
 */
public record AuditRecord(long seq, Instant at, String actor, String action, String objectId,
                          String objectHash, String prevHash, String hash) {
  /** The previous hash of the first record. */
  public static final String GENESIS = "0".repeat(64);

  /** The hash these fields must carry. */
  public String expectedHash() {
    return hashOf(seq, at, actor, action, objectId, objectHash, prevHash);
  }

  static String hashOf(long seq, Instant at, String actor, String action, String objectId, String objectHash,
                       String prevHash) {
    String text = seq + "\n" + at + "\n" + actor + "\n" + action + "\n" + objectId + "\n" + objectHash + "\n"
        + prevHash;
    return Sha256.hex(text.getBytes(StandardCharsets.UTF_8));
  }
}
