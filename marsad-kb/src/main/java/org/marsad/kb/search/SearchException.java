package org.marsad.kb.search;

import org.marsad.kb.KbException;

/** A search index that cannot be opened, written or read, or a query that is not valid; the message names which. */
public final class SearchException extends KbException {
  private static final long serialVersionUID = 1L;

  public SearchException(String message) {
    super(message);
  }

  public SearchException(String message, Throwable cause) {
    super(message, cause);
  }
}
