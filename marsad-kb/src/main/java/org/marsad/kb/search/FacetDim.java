package org.marsad.kb.search;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;

/** The facet dimensions of a report; {@link #label()} names the dimension in results. */
public enum FacetDim {
  GROUP("group", true),
  PERSON("person", true),
  PLACE("place", true),
  EVENT_TYPE("eventType", true),
  SOURCE("source", false),
  LANGUAGE("language", false),
  YEAR("year", false),
  MONTH("month", false);

  private final String label;
  private final boolean multiValued;

  FacetDim(String label, boolean multiValued) {
    this.label = label;
    this.multiValued = multiValued;
  }

  public String label() {
    return label;
  }

  boolean multiValued() {
    return multiValued;
  }

  /** The clean values a report carries in this dimension. */
  Set<String> valuesOf(IndexedReport report) {
    return switch (this) {
      case GROUP -> clean(report.groups());
      case PERSON -> clean(report.people());
      case PLACE -> clean(report.places());
      case EVENT_TYPE -> clean(report.eventTypes());
      case SOURCE -> clean(Set.of(report.source()));
      case LANGUAGE -> clean(Set.of(report.language()));
      case YEAR -> report.published().map(d -> Set.of(year(d))).orElse(Set.of());
      case MONTH -> report.published().map(d -> Set.of(month(d))).orElse(Set.of());
    };
  }

  static String year(LocalDate date) {
    return String.format("%04d", date.getYear());
  }

  static String month(LocalDate date) {
    return String.format("%04d-%02d", date.getYear(), date.getMonthValue());
  }

  /**
   * Facet paths reject empty labels and reserve control chars as separators, so both are cleaned the same
   * way at indexing and in filters; a label that cleans to nothing is no value at all.
   */
  static String clean(String label) {
    StringBuilder sb = new StringBuilder(label.length());
    for (int i = 0; i < label.length(); i++) {
      char c = label.charAt(i);
      sb.append(Character.isISOControl(c) ? ' ' : c);
    }
    return sb.toString().strip();
  }

  private static Set<String> clean(Set<String> labels) {
    Set<String> out = new LinkedHashSet<>();
    for (String label : labels) {
      String c = clean(label);
      if (!c.isEmpty()) {
        out.add(c);
      }
    }
    return out;
  }
}
