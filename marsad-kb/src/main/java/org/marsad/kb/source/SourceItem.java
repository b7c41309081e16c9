package org.marsad.kb.source;

/**
 * One thing that reading the inputs produced: a report ready to ingest, or an input that was refused with a
 * reason. Refusals are values rather than exceptions so that one bad file or line never stops a whole ingest.
 */
public sealed interface SourceItem permits SourceReport, Rejected {
  /** The file path as given or walked, or {@code path:line} for a line of a JSON Lines file. */
  String input();
}
