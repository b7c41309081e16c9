package org.marsad.app.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.marsad.app.AppException;
import org.marsad.extract.ExtractOptions;
import org.marsad.extract.Extraction;
import org.marsad.extract.Extractor;
import org.marsad.text.Language;

/** Extracts every document of a gold directory and scores it. */
public final class EvalRun {

  private EvalRun() {
  }

  public static Score run(Extractor extractor, List<Corpus.Document> docs) {
    Score score = new Score();
    for (Corpus.Document d : docs) {
      Gold gold = Gold.read(d.gold());
      Extraction x = extractor.extract(read(d.text()), options(gold, d.lang()));
      Evaluator.score(d.name(), gold, x, score);
    }
    return score;
  }

  public static ExtractOptions options(Gold gold, String lang) {
    ExtractOptions o = ExtractOptions.defaults().withLanguage(Language.fromCode(lang));
    return gold.published().map(p -> o.withPublished(LocalDate.parse(p))).orElse(o);
  }

  public static String read(Path p) {
    try {
      return Files.readString(p, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new AppException(p + ": cannot read: " + e.getMessage(), e);
    }
  }
}
