package org.marsad.kb.store;

import java.time.LocalDate;
import java.util.Optional;
import org.marsad.kb.grade.Credibility;

/** A report about to be stored: its original bytes, the text decoded from them, and what is known of it. */
public record NewReport(String inputName, byte[] original, String sha256, String text, String charset,
                        String format, Optional<String> title, Optional<String> url, String language,
                        Optional<LocalDate> published, long sourceId, Credibility credibility) {
}
