package org.marsad.extract;

import java.time.LocalDate;
import java.util.List;
import org.marsad.text.Language;

/** One shared extractor for the tests (lexicons compile once) and small lookups over results. */
final class Extractions {
  static final Extractor EXTRACTOR = Extractor.withBuiltInLexicons();

  private Extractions() {
  }

  static Extraction ar(String text) {
    return EXTRACTOR.extract(text, ExtractOptions.defaults().withLanguage(Language.AR));
  }

  static Extraction ar(String text, String published) {
    return EXTRACTOR.extract(text, ExtractOptions.defaults().withLanguage(Language.AR)
        .withPublished(LocalDate.parse(published)));
  }

  static Extraction of(String text, Language lang, String published) {
    return EXTRACTOR.extract(text, ExtractOptions.defaults().withLanguage(lang)
        .withPublished(LocalDate.parse(published)));
  }

  /**
   * The entity one of whose mentions is {@code surface}, possibly with a head word the lexicon includes
   * ("جماعة بوكو حرام" for "بوكو حرام").
   */
  static Entity entity(Extraction x, String surface) {
    return x.entities().stream()
        .filter(e -> e.mentions().stream().anyMatch(m -> m.text().equals(surface)))
        .findFirst().or(() -> x.entities().stream()
            .filter(e -> e.mentions().stream().anyMatch(m -> m.text().endsWith(" " + surface)))
            .findFirst())
        .orElseThrow(() -> new AssertionError("no entity mention '" + surface + "' in "
            + x.entities().stream().map(e -> e.mentions().toString()).toList()));
  }

  static List<Relation> relations(Extraction x, RelationType type) {
    return x.relations().stream().filter(r -> r.type() == type).toList();
  }

  static Relation relation(Extraction x, RelationType type) {
    List<Relation> rs = relations(x, type);
    if (rs.isEmpty()) {
      throw new AssertionError("no " + type + " among " + x.relations());
    }
    return rs.get(0);
  }
}
