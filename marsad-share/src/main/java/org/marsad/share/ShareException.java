package org.marsad.share;

/** The root of everything marsad-share throws; the message names the bad value and where it came from. */
public class ShareException extends RuntimeException {

  public ShareException(String message) {
    super(message);
  }

  public ShareException(String message, Throwable cause) {
    super(message, cause);
  }
}
