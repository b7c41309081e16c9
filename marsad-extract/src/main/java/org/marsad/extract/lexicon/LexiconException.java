package org.marsad.extract.lexicon;

import org.marsad.extract.ExtractException;

/** A lexicon file that cannot be read or has a bad row; the message names the file and line. */
public class LexiconException extends ExtractException {
  private static final long serialVersionUID = 1L;

  public LexiconException(String message) {
    super(message);
  }

  public LexiconException(String message, Throwable cause) {
    super(message, cause);
  }
}
