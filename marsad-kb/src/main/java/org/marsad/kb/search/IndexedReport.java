package org.marsad.kb.search;

import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What the index keeps of one report. {@code reportId} is the key: adding a report again replaces it.
 * The entity sets hold display names of resolved entities and relation type names; they become facets
 * and filters, and are matched exactly as given. {@code mentionsPerEntity} gives, for each stored entity the report
 * names (by id, before any merge), how many places name it; it lets an entity's reach be counted from the index.
 */
public record IndexedReport(long reportId, String sha256, String title, String text, String language,
    Optional<LocalDate> published, String source, Set<String> groups, Set<String> people, Set<String> places,
    Set<String> eventTypes, Map<Long, Integer> mentionsPerEntity) {

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
    Objects.requireNonNull(mentionsPerEntity, () -> "mentionsPerEntity of report " + reportId + " is null");
    for (Map.Entry<Long, Integer> e : mentionsPerEntity.entrySet()) {
      if (e.getKey() == null || e.getValue() == null || e.getValue() < 1) {
        throw new SearchException("mentionsPerEntity of report " + reportId + " has a bad entry: " + e);
      }
    }
    mentionsPerEntity = Map.copyOf(mentionsPerEntity);
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
