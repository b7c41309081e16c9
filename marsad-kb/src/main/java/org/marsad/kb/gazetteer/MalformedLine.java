package org.marsad.kb.gazetteer;

/** A dump line that was skipped: its 1-based number, what is wrong with it, and its start for finding it. */
public record MalformedLine(long line, String problem, String excerpt) {

  @Override
  public String toString() {
    return "line " + line + ": " + problem + " [" + excerpt + "]";
  }
}
