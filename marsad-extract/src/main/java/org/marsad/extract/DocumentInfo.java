package org.marsad.extract;

import java.time.LocalDate;
import java.util.Optional;
import org.marsad.text.Language;

/** What the extraction says about the report itself. {@code chars} counts code points of the decoded text. */
public record DocumentInfo(String sha256, Language language, Optional<LocalDate> published, int chars) {
}
