package org.marsad.extract.lexicon;

/** A word that introduces or describes a person (a title, a person noun, a name connector). */
public record Title(String surface, String lang, String kind) {

  /** Interned like {@link Cue}'s kinds: finders compare them with literals for every title they meet. */
  public Title {
    lang = lang == null ? null : lang.intern();
    kind = kind == null ? null : kind.intern();
  }
}
