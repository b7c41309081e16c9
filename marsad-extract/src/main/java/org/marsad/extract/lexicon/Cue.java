package org.marsad.extract.lexicon;

/** A cue phrase: its language, kind (EVENT, ROLE, MODALITY, ...), value and surface. */
public record Cue(String lang, String kind, String value, String surface) {

  /**
   * Kinds, languages and values come from a small closed set and are compared for every cue a finder meets;
   * interned, they equal the finders' literals by identity.
   */
  public Cue {
    lang = lang == null ? null : lang.intern();
    kind = kind == null ? null : kind.intern();
    value = value == null ? null : value.intern();
  }
}
