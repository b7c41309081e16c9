package org.marsad.extract;

/** Root of every failure raised by marsad-extract: bad lexicon files, bad input text, bad options. */
public class ExtractException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public ExtractException(String message) {
    super(message);
  }

  public ExtractException(String message, Throwable cause) {
    super(message, cause);
  }
}
