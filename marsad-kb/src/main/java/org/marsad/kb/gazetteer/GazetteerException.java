package org.marsad.kb.gazetteer;

import org.marsad.kb.KbException;

/** A gazetteer file that cannot be read or written; the message names the file and, where known, the line. */
public final class GazetteerException extends KbException {
  private static final long serialVersionUID = 1L;

  public GazetteerException(String message) {
    super(message);
  }

  public GazetteerException(String message, Throwable cause) {
    super(message, cause);
  }
}
