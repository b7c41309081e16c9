package org.marsad.kb;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import org.marsad.extract.Extractor;
import org.marsad.kb.source.Sha256;
import org.marsad.kb.source.SourceFormat;
import org.marsad.kb.source.SourceReport;

/** Shared test data: one extractor per JVM (lexicons load once), reports built from strings. */
public final class Fixtures {
  private static Extractor extractor;

  private Fixtures() {
  }

  public static synchronized Extractor extractor() {
    if (extractor == null) {
      extractor = Extractor.withBuiltInLexicons();
    }
    return extractor;
  }

  public static Clock clockAt(String instant) {
    return Clock.fixed(Instant.parse(instant), ZoneOffset.UTC);
  }

  public static SourceReport report(String name, String text, String published) {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    return new SourceReport(name, bytes, Sha256.hex(bytes), text, Optional.empty(), Optional.empty(),
        Optional.ofNullable(published), Optional.empty(), "UTF-8", SourceFormat.TXT);
  }
}
