package org.marsad.share.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Walks the audit log from its first record and reports every break in the chain: a sequence number out of
 * step (a row deleted or moved), a previous-hash that is not the hash of the row before (deleted or reordered),
 * and a row whose hash is not the hash of its fields (edited). Removing rows from the end leaves a valid, shorter
 * chain; {@link #verify(Optional)} catches that against a head kept elsewhere.
 */
public final class AuditVerifier {
  private final AuditLog log;

  public AuditVerifier(AuditLog log) {
    this.log = log;
  }

  /** What the walk found. {@code head} is the last record, to be written down and checked later. */
  public record Result(long records, List<String> problems, Optional<AuditRecord> head) {
    public Result {
      problems = List.copyOf(problems);
    }

    public boolean intact() {
      return problems.isEmpty();
    }
  }

  /** A head seen earlier: sequence number and hash. */
  public record Anchor(long seq, String hash) {
  }

  public Result verify(Optional<Anchor> anchor) {
    List<String> problems = new ArrayList<>();
    long[] expected = {1};
    String[] prev = {AuditRecord.GENESIS};
    long[] count = {0};
    AuditRecord[] last = {null};
    boolean[] anchorSeen = {false};
    log.forEach(r -> {
      count[0]++;
      if (r.seq() != expected[0]) {
        problems.add("record " + r.seq() + ": expected sequence number " + expected[0]
            + " (a record is missing or out of place)");
      }
      if (!r.prevHash().equals(prev[0])) {
        problems.add("record " + r.seq() + ": previous hash " + r.prevHash() + " is not the hash of the record "
            + "before it, " + prev[0] + " (a record was removed, inserted or moved)");
      }
      if (!r.hash().equals(r.expectedHash())) {
        problems.add("record " + r.seq() + ": its hash " + r.hash() + " does not match its content (expected "
            + r.expectedHash() + "; the record was edited)");
      }
      anchor.filter(a -> a.seq() == r.seq()).ifPresent(a -> {
        anchorSeen[0] = true;
        if (!a.hash().equals(r.hash())) {
          problems.add("record " + r.seq() + ": hash " + r.hash() + " differs from the head recorded earlier, "
              + a.hash());
        }
      });
      expected[0] = r.seq() + 1;
      prev[0] = r.hash();
      last[0] = r;
    });
    anchor.filter(a -> !anchorSeen[0]).ifPresent(a -> problems.add("record " + a.seq() + ", the head recorded "
        + "earlier, is no longer in the log (it ends at " + (last[0] == null ? 0 : last[0].seq())
        + "): records were removed from its end"));
    return new Result(count[0], problems, Optional.ofNullable(last[0]));
  }
}
