package org.marsad.extract.find;

import java.util.Set;
import org.marsad.text.TextNormalizer;

/**
 * Closed-class Arabic words (prepositions, pronouns, particles, relatives) in folded form. A name never
 * continues through one of them, and they are never taken for an unknown name.
 */
final class FunctionWords {
  private static final Set<String> ARABIC = fold(java.util.List.of("في", "من", "إلى", "الى", "على", "عن", "مع", "عند",
      "بين", "حول", "خلال", "منذ", "قبل", "بعد", "نحو", "عبر", "ضد", "لدى", "حتى", "دون", "تحت", "فوق",
      "الذي", "التي", "الذين", "اللذين", "اللتين", "اللواتي", "ما", "ماذا", "هو", "هي", "هم", "هن",
      "هذا", "هذه", "ذلك", "تلك", "هؤلاء", "أولئك", "أن", "إن", "أنه", "أنها", "إنه", "إنها", "كان",
      "كانت", "قد", "لقد", "لم", "لن", "لا", "ليس", "ثم", "أو", "أم", "بل", "لكن", "كما", "حيث", "إذ",
      "إذا", "لو", "كل", "بعض", "أي", "غير", "سوى", "أيضا", "جدا", "فقط", "وقال", "قال", "قالت", "يوم",
      "عام", "سنة", "شهر", "أمس", "اليوم", "الآن", "وهو", "وهي", "وقد", "وكان", "وكانت", "منها", "منه",
      "فيها", "فيه", "عليه", "عليها", "إليه", "إليها", "به", "بها", "له", "لها", "لهم", "ومنهم", "منهم",
      "وأمراء", "آخرين", "أخرى", "آخر"));

  private FunctionWords() {
  }

  private static Set<String> fold(java.util.List<String> words) {
    java.util.HashSet<String> out = new java.util.HashSet<>();
    words.forEach(w -> out.add(TextNormalizer.get().fold(w)));
    return Set.copyOf(out);
  }

  static final org.marsad.extract.match.WordTest TEST = org.marsad.extract.match.WordTest.in("function word", ARABIC);

  /** Whether a folded word is a closed-class word. */
  static boolean contains(String folded) {
    return ARABIC.contains(folded);
  }

  /** Whether token i is a closed-class word; false past either end. */
  static boolean at(Analysis a, int i) {
    return a.look().is(i, TEST);
  }
}
