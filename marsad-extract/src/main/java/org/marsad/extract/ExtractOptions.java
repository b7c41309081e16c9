package org.marsad.extract;

import java.time.LocalDate;
import java.util.Optional;
import org.marsad.text.Language;

/** Per-report options: the publication date that relative times resolve against, and a forced language. */
public record ExtractOptions(Optional<LocalDate> published, Language language) {

  public static ExtractOptions defaults() {
    return new ExtractOptions(Optional.empty(), Language.UNKNOWN);
  }

  public ExtractOptions withPublished(LocalDate date) {
    return new ExtractOptions(Optional.of(date), language);
  }

  public ExtractOptions withLanguage(Language lang) {
    return new ExtractOptions(published, lang);
  }
}
