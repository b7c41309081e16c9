package org.marsad.kb.search;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What the index keeps of one report. {@code reportId} is the key: adding a report again replaces it.
 * The entity sets hold display names of resolved entities and relation type names; they become facets
 * and filters, and are matched exactly as given.
 */
public record IndexedReport(long reportId, String sha256, String title, String text, String language,
    Optional<LocalDate> published, String source, Set<String> groups, Set<String> people, Set<String> places,
    Set<String> eventTypes) {

  public IndexedReport {
    sha256 = required(sha256, "sha256", reportId);
    title = required(title, "title", reportId);
    text = required(text, "text", reportId);
    language = required(language, "language", reportId);
    published = Objects.requireNonNull(published, () -> "published of report " + reportId + " is null");
    source = required(source, "source", reportId);
    groups = copy(groups, "groups", reportId);
    people = copy(people, "people", reportId);
    places = copy(places, "places", reportId);
    eventTypes = copy(eventTypes, "eventTypes", reportId);
  }

  private static String required(String value, String name, long reportId) {
    return Objects.requireNonNull(value, () -> name + " of report " + reportId + " is null");
  }

  private static Set<String> copy(Set<String> values, String name, long reportId) {
    Objects.requireNonNull(values, () -> name + " of report " + reportId + " is null");
    for (String v : values) {
      if (v == null) {
        throw new SearchException(name + " of report " + reportId + " contains null: " + values);
      }
    }
    return Set.copyOf(values);
  }
}
