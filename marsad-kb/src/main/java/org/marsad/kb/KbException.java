package org.marsad.kb;

/** The root of every error the knowledge base raises; messages name the file, report or value at fault. */
public class KbException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public KbException(String message) {
    super(message);
  }

  public KbException(String message, Throwable cause) {
    super(message, cause);
  }
}
