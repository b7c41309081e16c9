package org.marsad.kb.gazetteer;

import java.nio.file.Path;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * What one import did. {@code read} counts well-formed records; {@code kept} those in scope (country, feature,
 * population), so {@code read = kept + COUNTRY + FEATURE + POPULATION}; {@code written} those that became rows,
 * so {@code kept = written + REPEATED_ID + BUILT_IN_ID + BUILT_IN_NAME + NO_USABLE_NAME}. {@code namesDropped}
 * counts single names left out of rows that were judged on their names.
 */
public record ImportSummary(Path source, Path output, long lines, long read, long malformed,
                            List<MalformedLine> malformedExamples, long kept, long written,
                            Map<SkipReason, Long> skipped, Map<NameRule, Long> namesDropped) {

  public ImportSummary {
    malformedExamples = List.copyOf(malformedExamples);
    skipped = Collections.unmodifiableMap(copy(SkipReason.class, skipped));
    namesDropped = Collections.unmodifiableMap(copy(NameRule.class, namesDropped));
  }

  public long skipped(SkipReason reason) {
    return skipped.getOrDefault(reason, 0L);
  }

  public long namesDropped(NameRule rule) {
    return namesDropped.getOrDefault(rule, 0L);
  }

  private static <K extends Enum<K>> EnumMap<K, Long> copy(Class<K> type, Map<K, Long> m) {
    EnumMap<K, Long> out = new EnumMap<>(type);
    out.putAll(m);
    return out;
  }
}
