package org.marsad.kb.source;

import java.util.Objects;

/**
 * An input that cannot become a report. The reason names the problem and the bad value ("empty file",
 * "not valid JSON at line 7: ...", "unsupported file type .pdf ..."); the input names where it was found.
 */
public record Rejected(String input, String reason) implements SourceItem {
  public Rejected {
    Objects.requireNonNull(input, "input");
    Objects.requireNonNull(reason, "reason");
    if (reason.isBlank()) {
      throw new IllegalArgumentException("a rejection of " + input + " needs a reason");
    }
  }
}
