package org.marsad.kb.gazetteer;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.marsad.extract.lexicon.Cue;
import org.marsad.extract.lexicon.GivenName;
import org.marsad.extract.lexicon.GroupEntry;
import org.marsad.extract.lexicon.Lexicon;
import org.marsad.extract.lexicon.PersonEntry;
import org.marsad.extract.lexicon.PlaceEntry;
import org.marsad.extract.lexicon.Title;
import org.marsad.text.TextNormalizer;

/**
 * Folded words an imported place name must not be: common words (from {@link CommonWords} and the lexicon's
 * titles, cues and ambiguous words), given names, and names the lexicon already gives to a place, group or
 * person. A name of several words is common when it is one of these as a whole ("عبد الله") or when every word
 * is a common word ("سوق الثلاثاء", Tuesday market); a generic word before a given name stays a name
 * ("عين صالح", "Sidi Khaled").
 */
final class NameGuard {
  private static final String ARTICLE = "\u0627\u0644";
  private final Set<String> arabicCommon = new HashSet<>();
  private final Set<String> latinCommon = new HashSet<>();
  private final Set<String> arabicGiven = new HashSet<>();
  private final Set<String> latinGiven = new HashSet<>();
  private final Set<String> known = new HashSet<>();

  /** Built from a reference lexicon; places with the import's own id prefix are not part of the reference. */
  NameGuard(Lexicon lexicon, String ownIdPrefix) {
    addAll(arabicCommon, List.of(CommonWords.ARABIC.split(" ")));
    addAll(latinCommon, List.of(CommonWords.LATIN.split(" ")));
    addAll(latinGiven, List.of(CommonWords.LATIN_NAMES.split(" ")));
    for (GivenName g : lexicon.givenNames()) {
      add(arabicGiven, g.nameAr());
      addAll(latinGiven, g.latin());
    }
    addAll(arabicCommon, lexicon.ambiguousWords());
    for (Cue c : lexicon.cues()) {
      add("ar".equals(c.lang()) ? arabicCommon : latinCommon, c.surface());
    }
    for (Title t : lexicon.titles()) {
      add("ar".equals(t.lang()) ? arabicCommon : latinCommon, t.surface());
    }
    Consumer<String> k = s -> add(known, s);
    for (PlaceEntry p : lexicon.places()) {
      if (!p.id().startsWith(ownIdPrefix)) {
        List.of(p.nameEn(), p.nameFr(), p.nameAr()).forEach(k);
        p.aliases().forEach(k);
        p.adjectivesAr().forEach(k);
      }
    }
    for (GroupEntry g : lexicon.groups()) {
      List.of(g.nameEn(), g.nameFr(), g.nameAr()).forEach(k);
      g.aliases().forEach(k);
      g.acronyms().forEach(k);
    }
    for (PersonEntry p : lexicon.people()) {
      List.of(p.nameEn(), p.nameFr(), p.nameAr()).forEach(k);
      p.aliases().forEach(k);
      p.kunyas().forEach(k);
    }
  }

  /** Whether a folded Arabic name is a common word or phrase, or made only of common words. */
  boolean isCommonArabic(String folded) {
    return commonArabicWord(folded) || withOrWithoutArticle(arabicGiven, folded)
        || allWords(folded, this::commonArabicWord);
  }

  boolean isCommonLatin(String folded) {
    return latinCommon.contains(folded) || latinGiven.contains(folded) || allWords(folded, latinCommon::contains);
  }

  boolean isKnown(String folded) {
    return known.contains(folded);
  }

  private boolean commonArabicWord(String w) {
    return withOrWithoutArticle(arabicCommon, w);
  }

  private static boolean withOrWithoutArticle(Set<String> set, String w) {
    return set.contains(w) || set.contains(w.startsWith(ARTICLE) ? w.substring(2) : ARTICLE + w);
  }

  private static boolean allWords(String folded, Predicate<String> common) {
    String[] words = folded.split("[ \\-]+");
    if (words.length < 2) {
      return false;
    }
    for (String w : words) {
      if (!w.isEmpty() && !common.test(w)) {
        return false;
      }
    }
    return true;
  }

  private static void addAll(Set<String> set, List<String> items) {
    items.forEach(s -> add(set, s));
  }

  private static void add(Set<String> set, String s) {
    if (s != null && !s.isBlank()) {
      set.add(fold(s));
    }
  }

  static String fold(String s) {
    return TextNormalizer.get().fold(s).trim().replaceAll("\\s+", " ");
  }
}
