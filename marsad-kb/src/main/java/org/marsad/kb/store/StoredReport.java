package org.marsad.kb.store;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.marsad.kb.grade.Grade;

/** A stored report without its text; {@link Reports#text} and {@link Reports#original} fetch those. */
public record StoredReport(long id, String sha256, String source, Grade grade, String inputName,
                           Optional<String> title, Optional<String> url, String language,
                           Optional<LocalDate> published, Instant ingestedAt) {
}
