package org.marsad.share.taxii;

import org.marsad.share.partner.Labels;

/**
 * One object version as TAXII serves it: when it was added (microseconds since the epoch, unique), where, its id,
 * version ({@code modified}, or {@code created} for objects that have no versions), what partners' rules look at,
 * and, once read, its JSON. {@code bodyRow} is the row whose JSON it carries: its own, or for a withdrawal made for
 * one partner, the last version that partner was allowed (see {@link Visibility}).
 */
public record StoredObject(long added, String collectionId, String id, String version, String specVersion,
                           Labels labels, boolean revoked, String body, long bodyRow) {

  public StoredObject(long added, String collectionId, String id, String version, String specVersion, Labels labels,
                      boolean revoked, String body) {
    this(added, collectionId, id, version, specVersion, labels, revoked, body, added);
  }

  public StoredObject withBody(String json) {
    return new StoredObject(added, collectionId, id, version, specVersion, labels, revoked, json, bodyRow);
  }

  /** Whether this is a withdrawal shown in place of a version the caller may not see. */
  public boolean withdrawal() {
    return bodyRow != added;
  }
}
