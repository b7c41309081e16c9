package org.marsad.kb.ingest;

import java.time.LocalDate;
import java.util.Optional;
import org.marsad.kb.grade.Credibility;
import org.marsad.kb.grade.Reliability;

/**
 * What the analyst says about a batch: the publication date when the report does not give one, the source
 * when the input does not name one, and the Admiralty grading (reliability for the source, credibility for
 * each report; a source's default credibility applies when none is given).
 */
public record IngestOptions(Optional<LocalDate> published, Optional<String> source,
                            Optional<Reliability> reliability, Optional<Credibility> credibility) {

  public static final String UNKNOWN_SOURCE = "unknown";

  public static IngestOptions defaults() {
    return new IngestOptions(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
  }

  public IngestOptions withPublished(LocalDate d) {
    return new IngestOptions(Optional.of(d), source, reliability, credibility);
  }

  public IngestOptions withSource(String name) {
    return new IngestOptions(published, Optional.of(name), reliability, credibility);
  }

  public IngestOptions withReliability(Reliability r) {
    return new IngestOptions(published, source, Optional.of(r), credibility);
  }

  public IngestOptions withCredibility(Credibility c) {
    return new IngestOptions(published, source, reliability, Optional.of(c));
  }
}
