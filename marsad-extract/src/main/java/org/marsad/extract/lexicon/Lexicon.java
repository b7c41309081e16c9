package org.marsad.extract.lexicon;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Every lexicon the extractor uses, immutable once loaded. Build one with {@link LexiconLoader}. */
public final class Lexicon {
  private final List<GroupEntry> groups;
  private final List<GroupLink> groupLinks;
  private final List<PersonEntry> people;
  private final List<PlaceEntry> places;
  private final List<GivenName> givenNames;
  private final List<Title> titles;
  private final List<Cue> cues;
  private final List<String> ambiguousWords;
  private final List<Demonym> demonyms;
  private final Map<String, GroupEntry> groupsById;
  private final Map<String, PersonEntry> peopleById;
  private final Map<String, PlaceEntry> placesById;

  Lexicon(List<GroupEntry> groups, List<GroupLink> groupLinks, List<PersonEntry> people, List<PlaceEntry> places,
          List<GivenName> givenNames, List<Title> titles, List<Cue> cues, List<String> ambiguousWords,
          List<Demonym> demonyms) {
    this.groups = List.copyOf(groups);
    this.groupLinks = List.copyOf(groupLinks);
    this.people = List.copyOf(people);
    this.places = List.copyOf(places);
    this.givenNames = List.copyOf(givenNames);
    this.titles = List.copyOf(titles);
    this.cues = List.copyOf(cues);
    this.ambiguousWords = List.copyOf(ambiguousWords);
    this.demonyms = List.copyOf(demonyms);
    this.groupsById = index(this.groups, GroupEntry::id);
    this.peopleById = index(this.people, PersonEntry::id);
    this.placesById = index(this.places, PlaceEntry::id);
  }

  private static <T> Map<String, T> index(List<T> items, Function<T, String> id) {
    return items.stream().collect(Collectors.toUnmodifiableMap(id, x -> x, (a, b) -> b));
  }

  public List<GroupEntry> groups() {
    return groups;
  }

  public List<GroupLink> groupLinks() {
    return groupLinks;
  }

  public List<PersonEntry> people() {
    return people;
  }

  public List<PlaceEntry> places() {
    return places;
  }

  public List<GivenName> givenNames() {
    return givenNames;
  }

  public List<Title> titles() {
    return titles;
  }

  public List<Cue> cues() {
    return cues;
  }

  /** Common words that are also single-word names; a lone match on one of them is not a mention. */
  public List<String> ambiguousWords() {
    return ambiguousWords;
  }

  /** French and English nationality adjectives, by place. */
  public List<Demonym> demonyms() {
    return demonyms;
  }

  public Optional<GroupEntry> group(String id) {
    return Optional.ofNullable(groupsById.get(id));
  }

  public Optional<PersonEntry> person(String id) {
    return Optional.ofNullable(peopleById.get(id));
  }

  public Optional<PlaceEntry> place(String id) {
    return Optional.ofNullable(placesById.get(id));
  }
}
