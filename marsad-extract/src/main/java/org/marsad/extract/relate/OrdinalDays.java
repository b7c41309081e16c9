package org.marsad.extract.relate;

import java.util.Map;
import java.util.Set;
import org.marsad.extract.find.Analysis;

/**
 * Arabic ordinal days of the month, as news writes dates in words: "في الثامن عشر من الشهر الجاري", "الحادي
 * والعشرين من مارس". Only an ordinal followed by "من" is a day: "الثالث" alone is any third thing.
 */
final class OrdinalDays {
  /** Units, folded. "الحادي" only opens 11, 21 and 31. */
  private static final Map<String, Integer> UNITS = Map.of("الاول", 1, "الحادي", 1, "الثاني", 2, "الثالث", 3,
      "الرابع", 4, "الخامس", 5, "السادس", 6, "السابع", 7, "الثامن", 8, "التاسع", 9);
  private static final Map<String, Integer> TENS = Map.of("العاشر", 10, "العشرين", 20, "الثلاثين", 30);

  /** The words an ordinal day can open with, for the time finder's first cheap test. */
  static final Set<String> OPENERS = Set.of("الاول", "الحادي", "الثاني", "الثالث", "الرابع", "الخامس",
      "السادس", "السابع", "الثامن", "التاسع", "العاشر", "العشرين", "الثلاثين");

  private OrdinalDays() {
  }

  /** A day of the month over tokens up to {@code next}, the token after its "من". */
  record Day(int day, int next) {
  }

  /** The ordinal day opening at token i, or null. */
  static Day at(Analysis a, int i) {
    String w = a.folded(i);
    Integer unit = UNITS.get(w);
    int j = i + 1;
    int day;
    if (unit != null) {
      String n = j < a.size() ? a.folded(j) : "";
      if (n.equals("عشر")) {
        day = 10 + unit; // "الحادي عشر", "التاسع عشر"
        j++;
      } else if (n.length() > 1 && n.charAt(0) == '\u0648' && TENS.containsKey(n.substring(1))
          && !n.equals("والعاشر")) {
        day = unit + TENS.get(n.substring(1)); // "الحادي والعشرين"
        j++;
      } else if (w.equals("الحادي")) {
        return null;
      } else {
        day = unit;
      }
    } else if (TENS.containsKey(w)) {
      day = TENS.get(w);
    } else {
      return null;
    }
    if (day > 31 || j >= a.size() || !a.folded(j).equals("من")) {
      return null;
    }
    return new Day(day, j + 1);
  }
}
