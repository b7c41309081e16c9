package org.marsad.share.sync;

import org.marsad.share.ShareException;

/** A sync with a partner that failed: the message names the partner, the URL and what its server answered. */
public class SyncException extends ShareException {
  public SyncException(String message) {
    super(message);
  }

  public SyncException(String message, Throwable cause) {
    super(message, cause);
  }
}
