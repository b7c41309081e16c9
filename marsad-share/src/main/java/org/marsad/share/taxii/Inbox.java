package org.marsad.share.taxii;

import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * Takes in the objects a caller posted to a writable collection. Implementations store them and their audit records
 * in one transaction, and throw a {@link TaxiiException} (nothing stored) for objects that must be refused whole,
 * such as one whose {@code created_by_ref} the caller may not claim.
 */
@FunctionalInterface
public interface Inbox {

  /** For each object, "id@version" taken in (or already known), or the reason it was not. */
  Receipt receive(Caller caller, Collection collection, List<JsonNode> objects);

  /** What happened to each posted object. */
  record Receipt(List<String> successes, List<String> failures) {
    public Receipt {
      successes = List.copyOf(successes);
      failures = List.copyOf(failures);
    }
  }
}
