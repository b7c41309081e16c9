package org.marsad.kb.query;

import org.marsad.kb.KbException;

/** A name or id that no entity of the knowledge base answers to. */
public final class UnknownEntityException extends KbException {
  public UnknownEntityException(String message) {
    super(message);
  }
}
