package org.marsad.kb.ingest;

/** What happened to one input. */
public sealed interface Outcome {

  String input();

  /** Stored whole, in one transaction. */
  record Ingested(String input, long reportId, int entities, int claims, int alerts) implements Outcome {
  }

  /** The same bytes were stored before; nothing was written. */
  record Duplicate(String input, long existingReportId) implements Outcome {
  }

  /** Not stored, and why. Nothing of it was written. */
  record Rejected(String input, String reason) implements Outcome {
  }
}
