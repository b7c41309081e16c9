package org.marsad.kb.ingest;

import java.time.LocalDate;
import java.util.Optional;

/**
 * A report as read from a file or feed line, before it is graded and stored: the original bytes (kept
 * exactly), their SHA-256, the text decoded from them, and what the input said about it.
 */
public record Incoming(String inputName, byte[] original, String sha256, String text, String charset, String format,
                       Optional<String> title, Optional<String> url, Optional<LocalDate> published,
                       Optional<String> source) {
}
