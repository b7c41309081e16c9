package org.marsad.kb.query;

import org.marsad.kb.KbException;

/** A well-formed fact reference that no kept fact of the knowledge base answers to. */
public final class UnknownFactException extends KbException {
  public UnknownFactException(String message) {
    super(message);
  }
}
