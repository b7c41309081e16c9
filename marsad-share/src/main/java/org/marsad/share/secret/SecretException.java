package org.marsad.share.secret;

import org.marsad.share.ShareException;

/** The node key is missing, unreadable, too widely readable or not the one a secret was sealed with. */
public class SecretException extends ShareException {

  public SecretException(String message) {
    super(message);
  }

  public SecretException(String message, Throwable cause) {
    super(message, cause);
  }
}
