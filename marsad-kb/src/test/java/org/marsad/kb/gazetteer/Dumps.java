package org.marsad.kb.gazetteer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Hand-written GeoNames lines in the 19-column dump format, for tests. */
final class Dumps {

  private Dumps() {
  }

  /** A populated place (P.PPL) with the given names and facts; the other columns as GeoNames fills them. */
  static String place(long id, String name, String alternates, double lat, double lon, String country,
                      long population) {
    return line(id, name, ascii(name), alternates, plain(lat), plain(lon), "P", "PPL",
        country, Long.toString(population));
  }

  static String line(long id, String name, String ascii, String alternates, String lat, String lon,
                     String featureClass, String featureCode, String country, String population) {
    return String.join("\t", Long.toString(id), name, ascii, alternates, lat, lon, featureClass, featureCode,
        country, "", "01", "", "", "", population, "", "300", "Africa/Bamako", "2024-01-01");
  }

  static Path write(Path dir, String fileName, String... lines) {
    try {
      return Files.writeString(dir.resolve(fileName), String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static List<GeoNamesRecord> read(Path file) {
    List<GeoNamesRecord> out = new ArrayList<>();
    new GeoNamesReader().read(file, out::add);
    return out;
  }

  static GeoNamesRecord parse(String line) {
    GeoNamesLines.Parsed p = GeoNamesLines.parse(line);
    if (p.record() == null) {
      throw new AssertionError("test line does not parse: " + p.problem());
    }
    return p.record();
  }

  /** Decimal degrees as GeoNames writes them: never in exponent notation. */
  static String plain(double degrees) {
    return java.math.BigDecimal.valueOf(degrees).toPlainString();
  }

  private static String ascii(String name) {
    return java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "");
  }
}
