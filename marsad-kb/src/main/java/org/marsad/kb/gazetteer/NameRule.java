package org.marsad.kb.gazetteer;

/** Why one name of a place was left out of the lexicon row; counted per name, not per place. */
public enum NameRule {
  /**
   * Not a name: digits, URLs, punctuation, mixed scripts, a disambiguating suffix ("كايا، بركينا فاسو"), a name
   * with a description ("Kom Ombo - kwm ambw"), more than six words or sixty characters.
   */
  NOT_A_NAME,
  /** A lower-case romanisation ("ji da er") or an all-capital code ("GAQ", "BKO"). */
  CODE_OR_ROMANISATION,
  /** Arabic script with Persian or Urdu letters: a Persian/Urdu spelling, not the Arabic one. */
  PERSIAN_OR_URDU,
  /** A single Arabic word of three letters or fewer, or a short Latin word for a small place. */
  SHORT,
  /** A common word, given name, surname, title or cue word (Latin: unless the place is large). */
  COMMON_WORD,
  /** Already the name of a lexicon place, group or person: the lexicon entry would win anyway. */
  KNOWN_NAME,
  /** A town carrying a region form ("ولاية سعيدة"), or a region without its type word ("Kidal"). */
  WRONG_LEVEL,
  /** Beyond the per-place limit of names per script. */
  OVER_LIMIT
}
