package org.marsad.kb.gazetteer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.marsad.extract.lexicon.LexiconLoader;

class PlaceNamesTest {
  private static PlaceNames names;
  private final Map<NameRule, Long> dropped = new EnumMap<>(NameRule.class);

  @BeforeAll
  static void setUp() {
    names = new PlaceNames(GazetteerFilter.defaults(), new NameGuard(LexiconLoader.builtIn().load(), "geonames-"));
  }

  private PlaceNames.Chosen choose(String name, String alternates, long population) {
    return names.choose(Dumps.parse(Dumps.place(9_000_001, name, alternates, 14.4843, -4.18296, "ML",
        population)), dropped);
  }

  private PlaceNames.Chosen chooseFeature(String name, String alternates, String featureClass, String code) {
    return names.choose(Dumps.parse(Dumps.line(9_000_002, name, name, alternates, "14.2", "1.45", featureClass,
        code, "NE", "0")), dropped);
  }

  @Test
  void persianAndUrduSpellingsAreDropped() {
    PlaceNames.Chosen c = choose("Kouroumbaya", "كورومبايا,پورومبايا,کورومبایہ", 2000);
    assertThat(c.arabic()).containsExactly("كورومبايا");
    assertThat(dropped).containsEntry(NameRule.PERSIAN_OR_URDU, 2L);
  }

  @Test
  void arabicSpellingsThatFoldAlikeAreOneNameWrittenWithoutHarakat() {
    assertThat(choose("Kouroumbaya", "كُورُومْبَايَا,كورومبايا", 2000).arabic()).containsExactly("كورومبايا");
  }

  @Test
  void aSingleArabicWordOfThreeLettersOrFewerIsDropped() {
    assertThat(choose("Rabak", "ربك,الحد", 135281).arabic()).isEmpty();
    assertThat(dropped).containsEntry(NameRule.SHORT, 2L);
  }

  @Test
  void arabicCommonWordsAndGivenNamesAreDroppedWhateverThePopulation() {
    assertThat(choose("Djamaa", "جامعة,الجامعة,رشيد,معسكر", 1_000_000).arabic()).isEmpty();
    assertThat(dropped).containsEntry(NameRule.COMMON_WORD, 4L);
  }

  @Test
  void aGenericWordBeforeAGivenNameIsStillAName() {
    PlaceNames.Chosen c = choose("Sidi Moussa", "سيدي موسى,سوق الثلاثاء", 57928);
    assertThat(c.latin()).containsExactly("Sidi Moussa");
    assertThat(c.arabic()).containsExactly("سيدي موسى");
    assertThat(dropped).containsEntry(NameRule.COMMON_WORD, 1L);
  }

  @Test
  void aLatinCommonWordOrGivenNameNeedsALargeTown() {
    assertThat(choose("Arafat", "", 0).isEmpty()).isTrue();
    assertThat(choose("Arafat", "", 300_000).latin()).containsExactly("Arafat");
  }

  @Test
  void aShortLatinNameNeedsALargeTown() {
    assertThat(choose("Obo", "", 12_887).isEmpty()).isTrue();
    assertThat(choose("Ho", "", 69_998).latin()).containsExactly("Ho");
  }

  @Test
  void codesRomanisationsAndDescriptionsAreNotNames() {
    PlaceNames.Chosen c = choose("Kouroumbaya", "KRB,kouroumbaya,ku lu ba ya,www.kouroumbaya.ml,Kouroumbaya 2,"
        + "Kouroumbaya - kwrwmbaya,Kurumbaya", 2000);
    assertThat(c.latin()).containsExactly("Kouroumbaya", "Kurumbaya");
  }

  @Test
  void aNameTheLexiconGivesToAnotherEntityIsDropped() {
    assertThat(choose("Mali", "مالي", 5479).isEmpty()).isTrue();
    assertThat(dropped).containsEntry(NameRule.KNOWN_NAME, 2L);
  }

  @Test
  void aTownLosesRegionFormsAndAMunicipalityWordIsStripped() {
    PlaceNames.Chosen c = choose("Mers el Kebir", "ولاية سعيدة,بلدية المرسى الكبير", 20178);
    assertThat(c.arabic()).containsExactly("المرسى الكبير");
    assertThat(dropped).containsEntry(NameRule.WRONG_LEVEL, 1L);
  }

  @Test
  void aRegionKeepsOnlyNamesThatSayItIsARegion() {
    PlaceNames.Chosen c = chooseFeature("Kouroumbaya", "Kouroumbaya Department,Département de Kouroumbaya,"
        + "مقاطعة كورومبايا,كورومبايا", "A", "ADM2");
    assertThat(c.latin()).containsExactly("Kouroumbaya Department", "Département de Kouroumbaya");
    assertThat(c.arabic()).containsExactly("مقاطعة كورومبايا");
    assertThat(dropped).containsEntry(NameRule.WRONG_LEVEL, 2L);
  }

  @Test
  void eachScriptIsCappedAtTheLimit() {
    PlaceNames.Chosen c = choose("Kinmparana", "Kemparana,Kimpanana,Kimparala,Kimparana,Kinparana,Kinmparena,"
        + "Kinmbarana,Kinmparanah", 6014);
    assertThat(c.latin()).hasSize(GazetteerFilter.defaults().maxNamesPerScript()).startsWith("Kinmparana");
    assertThat(dropped).containsEntry(NameRule.OVER_LIMIT, 3L);
  }

  @Test
  void theArabicNameThatSoundsLikeTheLatinOneComesFirst() {
    PlaceNames.Chosen c = choose("Khemis Miliana", "أفرفيل,خميس مليانة", 75865);
    assertThat(c.arabic()).containsExactly("خميس مليانة", "أفرفيل");
  }
}
