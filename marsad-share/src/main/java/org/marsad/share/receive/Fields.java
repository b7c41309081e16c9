package org.marsad.share.receive;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * Typed reads of a received object's properties. A property of the wrong type makes the object unusable (it is
 * skipped with the reason), never the whole bundle.
 */
final class Fields {

  /** Why one object cannot be taken in. */
  static final class Unusable extends RuntimeException {
    Unusable(String reason) {
      super(reason, null, false, false);
    }
  }

  private Fields() {
  }

  static Optional<String> text(JsonNode o, String field) {
    JsonNode v = o.get(field);
    if (v == null || v.isNull()) {
      return Optional.empty();
    }
    if (!v.isString()) {
      throw new Unusable("'" + field + "' is " + BundleReader.kind(v) + ", not a string");
    }
    return Optional.of(v.asString()).filter(s -> !s.isBlank());
  }

  static String required(JsonNode o, String field) {
    return text(o, field).orElseThrow(() -> new Unusable("it has no '" + field + "'"));
  }

  static List<String> texts(JsonNode o, String field) {
    JsonNode v = o.get(field);
    List<String> out = new ArrayList<>();
    if (v == null || v.isNull()) {
      return out;
    }
    if (!v.isArray()) {
      throw new Unusable("'" + field + "' is " + BundleReader.kind(v) + ", not a list");
    }
    for (JsonNode x : v) {
      if (!x.isString()) {
        throw new Unusable("'" + field + "' holds " + BundleReader.kind(x) + ", not a string");
      }
      out.add(x.asString());
    }
    return out;
  }

  static Optional<Double> number(JsonNode o, String field, double min, double max) {
    JsonNode v = o.get(field);
    if (v == null || v.isNull()) {
      return Optional.empty();
    }
    if (!v.isNumber() || v.asDouble() < min || v.asDouble() > max || Double.isNaN(v.asDouble())) {
      throw new Unusable("'" + field + "' is " + BundleReader.kind(v) + ", not a number from " + min + " to " + max);
    }
    return Optional.of(v.asDouble());
  }

  static Optional<Integer> integer(JsonNode o, String field, int min, int max) {
    return number(o, field, min, max).map(Double::intValue);
  }

  /** A STIX timestamp or a plain date, as a day. */
  static Optional<LocalDate> day(JsonNode o, String field) {
    Optional<String> t = text(o, field);
    if (t.isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.of(t.get().length() == 10 ? LocalDate.parse(t.get())
          : LocalDate.ofInstant(Instant.parse(t.get()), ZoneOffset.UTC));
    } catch (DateTimeParseException e) {
      throw new Unusable("'" + field + "' is not a date or STIX timestamp: '" + BundleReader.clip(t.get()) + "'");
    }
  }
}
