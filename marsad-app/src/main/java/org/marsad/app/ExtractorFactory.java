package org.marsad.app;

import java.nio.file.Path;
import java.util.Optional;
import org.marsad.extract.Extractor;
import org.marsad.extract.lexicon.LexiconLoader;

/**
 * Builds the extractor with the built-in lexicons plus the user's own files, from --lexicon DIR or the
 * MARSAD_LEXICON_DIR environment variable.
 */
public final class ExtractorFactory {

  private ExtractorFactory() {
  }

  public static Extractor create(Optional<Path> lexiconDir) {
    Optional<Path> dir = lexiconDir.or(() -> Optional.ofNullable(System.getenv("MARSAD_LEXICON_DIR"))
        .filter(s -> !s.isBlank()).map(Path::of));
    return Extractor.create(dir.map(LexiconLoader::withUserDir).orElse(LexiconLoader.builtIn()).load());
  }
}
