package org.marsad.kb.search;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;

/** Small made-up reports for search tests. */
final class TestReports {
  private final long id;
  private String title = "";
  private String text = "";
  private String language = "ar";
  private LocalDate published;
  private String source = "";
  private Set<String> groups = Set.of();
  private Set<String> people = Set.of();
  private Set<String> places = Set.of();
  private Set<String> eventTypes = Set.of();

  private TestReports(long id) {
    this.id = id;
  }

  static TestReports report(long id) {
    return new TestReports(id);
  }

  static IndexedReport withText(long id, String text) {
    return report(id).text(text).build();
  }

  TestReports title(String value) {
    this.title = value;
    return this;
  }

  TestReports text(String value) {
    this.text = value;
    return this;
  }

  TestReports language(String value) {
    this.language = value;
    return this;
  }

  TestReports published(String isoDate) {
    this.published = LocalDate.parse(isoDate);
    return this;
  }

  TestReports source(String value) {
    this.source = value;
    return this;
  }

  TestReports groups(String... values) {
    this.groups = Set.of(values);
    return this;
  }

  TestReports people(String... values) {
    this.people = Set.of(values);
    return this;
  }

  TestReports places(String... values) {
    this.places = Set.of(values);
    return this;
  }

  private final java.util.Map<Long, Integer> mentions = new java.util.HashMap<>();

  TestReports eventTypes(String... values) {
    this.eventTypes = Set.of(values);
    return this;
  }

  TestReports mentions(long entityId, int times) {
    this.mentions.put(entityId, times);
    return this;
  }

  IndexedReport build() {
    return new IndexedReport(id, "sha-" + id, title, text, language, Optional.ofNullable(published), source, groups,
        people, places, eventTypes, mentions);
  }
}
