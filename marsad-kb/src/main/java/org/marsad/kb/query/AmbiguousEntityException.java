package org.marsad.kb.query;

import org.marsad.kb.KbException;

/** A name several entities answer to; the message lists their idents, to ask again with one of them. */
public final class AmbiguousEntityException extends KbException {
  public AmbiguousEntityException(String message) {
    super(message);
  }
}
