package org.marsad.kb;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.Optional;
import org.marsad.extract.Extractor;
import org.marsad.kb.ingest.Incoming;

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

  public static Incoming report(String name, String text, String published) {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    return new Incoming(name, bytes, sha256(bytes), text, "UTF-8", "txt", Optional.empty(), Optional.empty(),
        Optional.ofNullable(published).map(LocalDate::parse), Optional.empty());
  }

  public static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
