package org.marsad.kb.gazetteer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.marsad.text.Transliterator;

/**
 * Chooses the Latin and Arabic names of one place, in GeoNames order (name, asciiname, alternates), dropping
 * what would make the extractor see places that are not there. The rules are listed in {@link NameRule}.
 * Names are compared folded, so "Tillabéri" and "Tillaberi" are one name.
 */
final class PlaceNames {
  /** The names kept, best first; either list may be empty, not both. */
  record Chosen(List<String> latin, List<String> arabic) {
    boolean isEmpty() {
      return latin.isEmpty() && arabic.isEmpty();
    }
  }

  private static final Set<String> REGION_WORDS_AR = folded("ولاية", "منطقة", "إقليم", "محافظة", "شعبية",
      "مقاطعة", "عمالة");
  private static final Set<String> TOWN_WORDS_AR = folded("مدينة", "بلدية", "دائرة", "قرية", "مركز");
  private static final Set<String> REGION_WORDS_LATIN = folded("region", "province", "wilaya", "cercle",
      "departement", "department", "governorate", "gouvernorat", "state", "prefecture", "district", "daira",
      "division", "arrondissement", "moughataa", "canton", "municipality", "emirate");
  private static final String CONTROLS = "[\u200B-\u200F\u061C\u202A-\u202E\u2066-\u2069\uFEFF]";

  private final GazetteerFilter filter;
  private final NameGuard guard;

  PlaceNames(GazetteerFilter filter, NameGuard guard) {
    this.filter = filter;
    this.guard = guard;
  }

  Chosen choose(GeoNamesRecord r, Map<NameRule, Long> dropped) {
    Map<String, String> latin = new LinkedHashMap<>();
    Map<String, String> arabic = new LinkedHashMap<>();
    Tally tally = new Tally(new HashSet<>(), dropped);
    for (String primary : List.of(r.name(), r.asciiName())) {
      switch (Scripts.of(primary)) {
        case LATIN -> offerLatin(r, primary, true, latin, tally);
        case ARABIC -> offerArabic(r, primary, arabic, tally);
        default -> { }
      }
    }
    r.latinNames().forEach(n -> offerLatin(r, n, false, latin, tally));
    r.arabicNames().forEach(n -> offerArabic(r, n, arabic, tally));
    List<String> ar = new ArrayList<>(arabic.values());
    if (!latin.isEmpty() && ar.size() > 1) {
      // GeoNames lists alternates alphabetically, so "أفرفيل" (Affreville) would come before "خميس مليانة" for
      // Khemis Miliana: the Arabic name that sounds most like the Latin one is the current one.
      String key = Transliterator.matchKey(latin.values().iterator().next());
      ar.sort(Comparator.comparingInt(a -> Scripts.distance(Transliterator.matchKey(a), key)));
    }
    return new Chosen(cap(new ArrayList<>(latin.values()), dropped), cap(ar, dropped));
  }

  private List<String> cap(List<String> names, Map<NameRule, Long> dropped) {
    int max = filter.maxNamesPerScript();
    if (names.size() <= max) {
      return List.copyOf(names);
    }
    dropped.merge(NameRule.OVER_LIMIT, (long) names.size() - max, Long::sum);
    return List.copyOf(names.subList(0, max));
  }

  private void offerLatin(GeoNamesRecord r, String raw, boolean primary, Map<String, String> out, Tally tally) {
    String n = Scripts.trimApostrophes(raw.replaceAll(CONTROLS, "").trim().replaceAll("\\s+", " "));
    String folded = NameGuard.fold(n);
    if (out.containsKey(folded)) {
      return;
    }
    tally.keep(latinRule(r, n, folded, primary), folded, n, out);
  }

  private NameRule latinRule(GeoNamesRecord r, String n, String folded, boolean primary) {
    if (n.length() < 2 || n.length() > 60 || !Scripts.isLatinShape(n) || n.split("[ \\-]+").length > 6
        || n.contains(" - ")) {
      return NameRule.NOT_A_NAME;
    }
    boolean single = folded.indexOf(' ') < 0 && folded.indexOf('-') < 0;
    if ((!primary && Character.isLowerCase(n.codePointAt(0)))
        || (single && n.length() <= 5 && n.equals(n.toUpperCase(Locale.ROOT)))) {
      return NameRule.CODE_OR_ROMANISATION;
    }
    if ("A".equals(r.featureClass()) && !anyWord(folded, REGION_WORDS_LATIN)) {
      return NameRule.WRONG_LEVEL;
    }
    if (single && folded.length() <= 3 && r.population() < filter.shortLatinMinPopulation()) {
      return NameRule.SHORT;
    }
    if (guard.isCommonLatin(folded) && r.population() < filter.commonWordMinPopulation()) {
      return NameRule.COMMON_WORD;
    }
    return guard.isKnown(folded) ? NameRule.KNOWN_NAME : null;
  }

  private void offerArabic(GeoNamesRecord r, String raw, Map<String, String> out, Tally tally) {
    String n = raw.replaceAll(CONTROLS, "").trim().replaceAll("\\s+", " ");
    NameRule rule = null;
    if (Scripts.hasPersianOrUrduLetter(n)) {
      rule = NameRule.PERSIAN_OR_URDU;
    } else if (n.length() < 2 || n.length() > 60 || !Scripts.isPlainArabic(n) || n.split(" ").length > 6) {
      rule = NameRule.NOT_A_NAME;
    }
    String folded = NameGuard.fold(n);
    String[] words = folded.split(" ");
    boolean region = REGION_WORDS_AR.contains(words[0]) && words.length > 1;
    if (rule == null && "A".equals(r.featureClass()) != region) {
      rule = NameRule.WRONG_LEVEL;
    }
    if (rule == null && TOWN_WORDS_AR.contains(words[0]) && words.length > 1) {
      // "بلدية المرسى الكبير": the municipality is the town; news names it without the word.
      n = n.substring(n.indexOf(' ') + 1);
      folded = folded.substring(folded.indexOf(' ') + 1);
    }
    if (rule == null && folded.indexOf(' ') < 0 && Scripts.arabicStemLetters(folded) <= 3) {
      rule = NameRule.SHORT;
    } else if (rule == null && guard.isCommonArabic(folded)) {
      rule = NameRule.COMMON_WORD;
    } else if (rule == null && guard.isKnown(folded)) {
      rule = NameRule.KNOWN_NAME;
    }
    String seen = out.get(folded);
    if (seen != null) {
      if (rule == null && n.length() < seen.length()) {
        out.put(folded, n); // the spelling without harakat or tatweel reads best
      }
      return;
    }
    tally.keep(rule, folded, n, out);
  }

  /**
   * Counts each dropped name once. A rule about the form (Persian letters, a code) is not a verdict on the name:
   * "کیدال" is dropped but "كيدال", which folds the same, may follow and be kept.
   */
  private record Tally(Set<String> judged, Map<NameRule, Long> dropped) {
    void keep(NameRule rule, String folded, String name, Map<String, String> out) {
      boolean formOnly = rule == NameRule.NOT_A_NAME || rule == NameRule.CODE_OR_ROMANISATION
          || rule == NameRule.PERSIAN_OR_URDU;
      if (!formOnly && !judged.add(folded)) {
        return;
      }
      if (rule != null) {
        dropped.merge(rule, 1L, Long::sum);
      } else {
        out.put(folded, name);
      }
    }
  }

  private static boolean anyWord(String folded, Set<String> words) {
    for (String w : folded.split("[ \\-']+")) {
      if (words.contains(w)) {
        return true;
      }
    }
    return false;
  }

  private static Set<String> folded(String... words) {
    Set<String> out = new HashSet<>();
    for (String w : words) {
      out.add(NameGuard.fold(w));
    }
    return Set.copyOf(out);
  }
}
