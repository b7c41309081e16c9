package org.marsad.extract.lexicon;

/** A cue phrase: its language, kind (EVENT, ROLE, MODALITY, ...), value and surface. */
public record Cue(String lang, String kind, String value, String surface) {
}
