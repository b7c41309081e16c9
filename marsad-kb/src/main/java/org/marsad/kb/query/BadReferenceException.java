package org.marsad.kb.query;

import org.marsad.kb.KbException;

/** A fact reference or an evidence cursor that cannot be read; the message quotes it. */
public final class BadReferenceException extends KbException {
  public BadReferenceException(String message) {
    super(message);
  }
}
