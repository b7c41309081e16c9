package org.marsad.kb.resolve;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import org.marsad.extract.EntityType;
import org.marsad.text.TextNormalizer;
import org.marsad.text.Transliterator;

/**
 * The key under which a name meets its other spellings across reports and scripts. Built on the extractor's
 * consonant skeleton ({@link Transliterator#matchKey}), so "Mokhtar Belmokhtar" and "مختار بلمختار" meet; for
 * people the words are sorted, because francophone lists put the family name first ("Belmokhtar Mokhtar").
 *
 * <p>Some names must never merge two entities on their own: a kunya alone ("أبو محمد" is many people), a
 * single word for a person, and two common given names with nothing else ("محمد أحمد"). They get no key; the
 * entity still exists, it just does not attract others. A patronymic ("سيدي ولد بوبكار") keeps its key: the
 * particle ties two names into one person's full name, which is how the region's press names people.
 */
public final class NameKey {
  private static final java.util.Set<String> KUNYA_HEADS = java.util.Set.of("ابو", "ابي", "ابا", "ام", "abu",
      "abou", "abi", "aba", "oum", "umm", "um");

  /** Words that link names ("son of") and tell nothing about who is meant. */
  private static final java.util.Set<String> PARTICLES = java.util.Set.of("ولد", "بن", "ابن", "اق", "اغ", "ould",
      "ben", "ibn", "bin", "ag", "ou", "wuld", "al", "el");
  private final java.util.Set<String> givenNames;

  private NameKey(java.util.Set<String> givenNames) {
    this.givenNames = givenNames;
  }

  /**
   * Keys that know the lexicon's given names, so that names made only of them stay apart. The test compares
   * folded words, not skeletons: skeletons are too coarse ("بادي" and "عبيد" share one).
   */
  public static NameKey from(org.marsad.extract.lexicon.Lexicon lexicon) {
    java.util.Set<String> given = new java.util.HashSet<>();
    for (org.marsad.extract.lexicon.GivenName g : lexicon.givenNames()) {
      given.add(fold(g.nameAr()));
      g.latin().forEach(l -> given.add(fold(l)));
    }
    given.remove("");
    return new NameKey(java.util.Set.copyOf(given));
  }

  private static String fold(String s) {
    return TextNormalizer.get().fold(s).toLowerCase(Locale.ROOT).trim();
  }

  private boolean onlyGivenNames(String name) {
    for (String w : fold(name).split("[\\s-]+")) {
      if (!w.isEmpty() && (PARTICLES.contains(w) || !givenNames.contains(w))) {
        return false;
      }
    }
    return true;
  }

  private static final int MEMO_LIMIT = 500_000;
  private final java.util.concurrent.ConcurrentHashMap<String, Optional<String>> memo =
      new java.util.concurrent.ConcurrentHashMap<>();

  /**
   * The key of a name of an entity of this type, if it may be matched across reports. Names recur in report
   * after report, so keys are remembered (up to a fixed number, then computed each time).
   */
  public Optional<String> of(EntityType type, String name) {
    if (name == null || name.isBlank()) {
      return Optional.empty();
    }
    String k = type.ordinal() + "\u0000" + name;
    Optional<String> known = memo.get(k);
    if (known != null) {
      return known;
    }
    Optional<String> key = compute(type, name);
    if (memo.size() < MEMO_LIMIT) {
      memo.put(k, key);
    }
    return key;
  }

  private Optional<String> compute(EntityType type, String name) {
    String skeleton = Transliterator.matchKey(name);
    if (skeleton.isEmpty()) {
      return Optional.empty();
    }
    String[] words = skeleton.split(" ");
    if (type == EntityType.PERSON) {
      if (words.length < 2 || isKunyaOnly(name) || onlyGivenNames(name)) {
        return Optional.empty();
      }
      Arrays.sort(words);
      return Optional.of(type.name() + ":" + String.join(" ", words));
    }
    if (skeleton.replace(" ", "").length() < 2) {
      return Optional.empty(); // one consonant meets too many unrelated names
    }
    return Optional.of(type.name() + ":" + skeleton);
  }

  /**
   * A key for finding a name exactly as written, up to folding and case ("ISIS", "isis", "إيسيس" differ). Such
   * keys let analysts look up acronyms and short names; they never merge entities, since no {@link #of} key
   * starts with "exact:".
   */
  public static String exact(String name) {
    return "exact:" + fold(name);
  }

  /** "أبو الهمام", "Abou Mohamed": a kunya and nothing else. */
  static boolean isKunyaOnly(String name) {
    String[] words = TextNormalizer.get().fold(name).toLowerCase(Locale.ROOT).trim().split("[\\s-]+");
    if (words.length == 0 || words.length > 2) {
      return false;
    }
    String head = words[0].startsWith("\u0648") && words[0].length() > 3 ? words[0].substring(1) : words[0];
    return KUNYA_HEADS.contains(head);
  }
}
