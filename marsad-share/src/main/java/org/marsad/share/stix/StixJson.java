package org.marsad.share.stix;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.marsad.kb.source.Sha256;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** STIX JSON the way Marsad writes it: timestamps to the millisecond in UTC, and a canonical form for hashing. */
public final class StixJson {
  public static final JsonMapper MAPPER = JsonMapper.builder().build();
  public static final JsonMapper PRETTY = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();
  private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'")
      .withZone(ZoneOffset.UTC);

  private StixJson() {
  }

  /** STIX 2.1 section 3.2: created and modified must be precise to the millisecond. */
  public static String timestamp(Instant t) {
    return TIMESTAMP.format(t.truncatedTo(ChronoUnit.MILLIS));
  }

  public static String timestamp(LocalDate d) {
    return timestamp(d.atStartOfDay(ZoneOffset.UTC).toInstant());
  }

  /**
   * The object with its keys sorted at every depth, written compactly: two objects with the same content give the
   * same text whatever order their maps were built in.
   */
  public static String canonical(Object value) {
    return MAPPER.writeValueAsString(sorted(value));
  }

  public static String hash(Object value) {
    return Sha256.hex(canonical(value).getBytes(StandardCharsets.UTF_8));
  }

  private static Object sorted(Object v) {
    if (v instanceof Map<?, ?> m) {
      Map<String, Object> out = new TreeMap<>();
      m.forEach((k, x) -> out.put(String.valueOf(k), sorted(x)));
      return out;
    }
    if (v instanceof List<?> l) {
      return l.stream().map(StixJson::sorted).collect(Collectors.toList());
    }
    return v;
  }
}
