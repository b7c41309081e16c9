package org.marsad.kb.source;

import java.util.Locale;

/** The formats a report can be read from; the store records the label with the archived original. */
public enum SourceFormat {
  TXT,
  HTML,
  JSONL,
  /** Objects a partner shared as STIX 2.1, kept as their canonical JSON (marsad-share). */
  STIX;

  /** The lower-case label, "txt", "html", "jsonl" or "stix". */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
