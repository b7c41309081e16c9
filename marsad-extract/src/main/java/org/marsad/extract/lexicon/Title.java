package org.marsad.extract.lexicon;

/** A word that introduces or describes a person (a title, a person noun, a name connector). */
public record Title(String surface, String lang, String kind) {
}
