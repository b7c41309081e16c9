package org.marsad.share.taxii;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;

/** TAXII timestamps (RFC 3339, UTC, "Z"): date_added to the microsecond, and their form as stored. */
public final class TaxiiTime {
  private static final DateTimeFormatter MICROS = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSSSS'Z'")
      .withZone(ZoneOffset.UTC);

  private TaxiiTime() {
  }

  public static long micros(Instant t) {
    return ChronoUnit.MICROS.between(Instant.EPOCH, t);
  }

  public static String format(long micros) {
    return MICROS.format(Instant.EPOCH.plus(micros, ChronoUnit.MICROS));
  }

  /** A timestamp from a client; a bad one is a 400 that quotes it. */
  public static long parse(String name, String value) {
    try {
      Instant t = Instant.parse(value.trim());
      if (t.isBefore(Instant.parse("0001-01-01T00:00:00Z")) || t.isAfter(Instant.parse("9999-12-31T23:59:59Z"))) {
        throw new DateTimeParseException("out of range", value, 0);
      }
      return micros(t);
    } catch (DateTimeParseException e) {
      throw new TaxiiException(400, name + " must be an RFC 3339 timestamp in UTC like 2026-11-01T10:00:00.000Z, "
          + "not '" + clip(value) + "'");
    }
  }

  static String clip(String v) {
    return v.length() <= 80 ? v : v.substring(0, 80) + "…";
  }
}
