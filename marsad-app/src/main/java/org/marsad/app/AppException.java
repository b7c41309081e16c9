package org.marsad.app;

/** Root of failures raised by the command line itself: bad options, unreadable paths, bad gold files. */
public class AppException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public AppException(String message) {
    super(message);
  }

  public AppException(String message, Throwable cause) {
    super(message, cause);
  }
}
