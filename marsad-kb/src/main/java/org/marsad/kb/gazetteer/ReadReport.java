package org.marsad.kb.gazetteer;

import java.util.List;

/**
 * What reading one dump found: non-blank {@code lines}, well-formed {@code records}, {@code malformed} lines
 * and the first few of them as examples.
 */
public record ReadReport(String source, long lines, long records, long malformed, List<MalformedLine> examples) {

  public ReadReport {
    examples = List.copyOf(examples);
  }
}
