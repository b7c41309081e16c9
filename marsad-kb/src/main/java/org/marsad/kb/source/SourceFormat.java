package org.marsad.kb.source;

import java.util.Locale;

/** The formats a report can be read from; the store records the label with the archived original. */
public enum SourceFormat {
  TXT,
  HTML,
  JSONL;

  /** The lower-case label, "txt", "html" or "jsonl". */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
