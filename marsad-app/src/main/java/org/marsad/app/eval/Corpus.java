package org.marsad.app.eval;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.marsad.app.AppException;

/** The documents of a gold directory: each {@code NAME.LANG.txt} with its {@code NAME.gold.json}. */
public final class Corpus {
  private static final Pattern TEXT = Pattern.compile("(.+)\\.(ar|fr|en)\\.txt");

  /** One report and its gold file. */
  public record Document(String name, String lang, Path text, Path gold) {
  }

  private Corpus() {
  }

  public static List<Document> list(Path dir) {
    if (!Files.isDirectory(dir)) {
      throw new AppException(dir + ": not a directory of gold files");
    }
    List<Document> out = new ArrayList<>();
    try (Stream<Path> files = Files.list(dir)) {
      for (Path p : files.sorted().toList()) {
        Matcher m = TEXT.matcher(p.getFileName().toString());
        if (m.matches()) {
          Path gold = dir.resolve(m.group(1) + ".gold.json");
          if (Files.exists(gold)) {
            out.add(new Document(m.group(1), m.group(2), p, gold));
          }
        }
      }
    } catch (IOException e) {
      throw new AppException(dir + ": cannot list: " + e.getMessage(), e);
    }
    return out;
  }

  public static Optional<Document> find(Path dir, String name) {
    return list(dir).stream().filter(d -> d.name().equals(name)).findFirst();
  }
}
