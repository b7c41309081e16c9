package org.marsad.server;

import io.javalin.http.Context;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.marsad.extract.RelationType;

/** Query parameters, parsed and checked; a bad value is a 400 that quotes it. */
final class Params {
  private Params() {
  }

  static int intParam(Context ctx, String name, int dflt, int min, int max) {
    String v = ctx.queryParam(name);
    if (v == null || v.isBlank()) {
      return dflt;
    }
    try {
      int n = Integer.parseInt(v.trim());
      if (n < min || n > max) {
        throw ServerException.badRequest(name + " must be between " + min + " and " + max + ", not " + n);
      }
      return n;
    } catch (NumberFormatException e) {
      throw ServerException.badRequest(name + " must be a whole number, not '" + clip(v) + "'");
    }
  }

  static Optional<LocalDate> date(Context ctx, String name) {
    String v = ctx.queryParam(name);
    if (v == null || v.isBlank()) {
      return Optional.empty();
    }
    try {
      return Optional.of(LocalDate.parse(v.trim()));
    } catch (DateTimeParseException e) {
      throw ServerException.badRequest(name + " must be a date like 2017-03-02, not '" + clip(v) + "'");
    }
  }

  static LocalDate requiredDate(Context ctx, String name) {
    return date(ctx, name).orElseThrow(() -> ServerException.badRequest(name + " is required (a date like "
        + "2017-03-02)"));
  }

  static List<RelationType> types(Context ctx) {
    return ctx.queryParams("type").stream().filter(t -> !t.isBlank()).map(Params::type).toList();
  }

  static RelationType type(String t) {
    try {
      return RelationType.valueOf(t.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw ServerException.badRequest("unknown relation type '" + clip(t) + "'; known: "
          + java.util.Arrays.toString(RelationType.values()));
    }
  }

  /** Values echo back in messages; a hostile one is cut short rather than repeated whole. */
  static String clip(String v) {
    return v.length() <= 80 ? v : v.substring(0, 80) + "…";
  }
}
