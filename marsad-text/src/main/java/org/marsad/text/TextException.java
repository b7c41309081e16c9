package org.marsad.text;

/** Root of every failure raised by marsad-text. Unchecked, like Jdbi's JdbiException: callers decide where to catch. */
public class TextException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public TextException(String message) {
    super(message);
  }

  public TextException(String message, Throwable cause) {
    super(message, cause);
  }
}
