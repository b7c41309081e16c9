package org.marsad.share.tls;

import org.marsad.share.ShareException;

/** A keystore or certificate that cannot be made, read or trusted; the message names the file or the peer. */
public class TlsException extends ShareException {
  public TlsException(String message) {
    super(message);
  }

  public TlsException(String message, Throwable cause) {
    super(message, cause);
  }
}
