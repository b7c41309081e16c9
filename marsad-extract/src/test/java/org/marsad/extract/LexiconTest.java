package org.marsad.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.extract.lexicon.Lexicon;
import org.marsad.extract.lexicon.LexiconException;
import org.marsad.extract.lexicon.LexiconLoader;

/** The built-in lexicons meet the sizes the product needs, refer to each other correctly, and users extend them. */
class LexiconTest {
  private static final Lexicon LEXICON = LexiconLoader.builtIn().load();

  @TempDir
  Path dir;

  @Test
  void atLeastSixtyArmedGroups() {
    assertThat(LEXICON.groups().stream().filter(g -> g.type() == EntityType.ARMED_GROUP)).hasSizeGreaterThanOrEqualTo(60);
  }

  @Test
  void atLeastEightyPeople() {
    assertThat(LEXICON.people()).hasSizeGreaterThanOrEqualTo(80);
  }

  @Test
  void atLeastFourHundredPlaces() {
    assertThat(LEXICON.places()).hasSizeGreaterThanOrEqualTo(400);
  }

  @Test
  void atLeastFiveHundredGivenNames() {
    assertThat(LEXICON.givenNames()).hasSizeGreaterThanOrEqualTo(500);
  }

  @Test
  void everyReferencedGroupExists() {
    LEXICON.groups().forEach(g -> g.parent().ifPresent(p -> assertThat(LEXICON.group(p)).as(g.id()).isPresent()));
    LEXICON.groupLinks().forEach(l -> {
      assertThat(LEXICON.group(l.subject())).as(l.toString()).isPresent();
      assertThat(LEXICON.group(l.object())).as(l.toString()).isPresent();
    });
    LEXICON.people().forEach(p -> p.affiliations().forEach(a ->
        assertThat(LEXICON.group(a.groupId())).as(p.id() + " " + a).isPresent()));
  }

  @Test
  void theJnimMergerOfMarch2017IsRecorded() {
    long constituents = LEXICON.groupLinks().stream()
        .filter(l -> l.type() == RelationType.MERGER && l.object().equals("jnim") && l.start().startsWith("2017-03"))
        .count();
    assertThat(constituents).isGreaterThanOrEqualTo(4);
  }

  @Test
  void newsSpellingsOfAgadezBothMatch() {
    assertThat(LEXICON.places().stream().filter(p -> p.nameAr().equals("أغاديز") || p.aliases().contains("أغاديز")))
        .anySatisfy(p -> assertThat(p.aliases()).contains("أغاديس"));
  }

  @Test
  void userFileAddsAndReplacesRows() throws IOException {
    Files.writeString(dir.resolve("groups-local.tsv"), String.join("\t", "id", "type", "name_en", "name_fr",
        "name_ar", "acronyms", "aliases", "parent", "active_from", "active_to") + "\n"
        + String.join("\t", "test-brigade", "ARMED_GROUP", "Test Brigade", "Brigade Test", "سرية الاختبار", "",
        "", "", "", "") + "\n");
    Lexicon l = LexiconLoader.withUserDir(dir).load();
    assertThat(l.group("test-brigade")).isPresent();
    assertThat(l.groups()).hasSize(LEXICON.groups().size() + 1);
    Extraction x = Extractor.create(l).extract("أعلنت سرية الاختبار مسؤوليتها.", ExtractOptions.defaults());
    assertThat(x.entities()).anySatisfy(e -> assertThat(e.lexiconId()).contains("group/test-brigade"));
  }

  @Test
  void badUserFileNamesFileAndLine() throws IOException {
    Files.writeString(dir.resolve("places.tsv"), String.join("\t", "id", "kind", "name_en", "name_fr", "name_ar",
        "aliases", "adjectives_ar", "country", "lat", "lon", "geonameid") + "\n"
        + "x\tTOWN\tX\tX\tاكس\t\t\tML\tnorth\t1.0\t\n");
    assertThatThrownBy(() -> LexiconLoader.withUserDir(dir).load())
        .isInstanceOf(LexiconException.class).hasMessageContaining("places.tsv:2").hasMessageContaining("north");
  }

  @Test
  void aDemonymOfAnUnknownPlaceNamesFileAndPlace() throws IOException {
    Files.writeString(dir.resolve("demonyms-local.tsv"), "place\tlang\tforms\ncountry-xx\tfr\txxien\n");
    assertThatThrownBy(() -> LexiconLoader.withUserDir(dir).load()).isInstanceOf(LexiconException.class)
        .hasMessageContaining("demonyms-local.tsv:2").hasMessageContaining("country-xx");
  }

  @Test
  void everyCountryOfTheSahelAndMaghrebHasFrenchAndEnglishDemonyms() {
    for (String id : java.util.List.of("country-ml", "country-ne", "country-bf", "country-mr", "country-dz",
        "country-ly", "country-td", "country-ng", "country-ma", "country-tn", "country-fr", "country-us")) {
      assertThat(LEXICON.demonyms()).as(id).anyMatch(d -> d.placeId().equals(id) && d.lang().equals("fr"))
          .anyMatch(d -> d.placeId().equals(id) && d.lang().equals("en"));
    }
  }
}
