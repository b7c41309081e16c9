package org.marsad.extract.find;

import java.util.Optional;
import org.marsad.extract.EntityType;
import org.marsad.extract.GeoPoint;

/**
 * A mention found in the tokens, before mentions are merged into entities. {@code key} decides merging:
 * candidates with equal keys are one entity. {@code memberOf} is the key of the group an unnamed actor is
 * said to come from ("مبعوث من تنظيم جند الخلافة").
 */
public record Candidate(int first, int end, int offsetInFirst, EntityType type, String key, Kind kind,
                        String nameAr, String nameEn, Optional<String> lexiconId, Optional<GeoPoint> geo,
                        Optional<String> memberOf) {

  /** Where a candidate came from. */
  public enum Kind {
    LEXICON,
    NAME,
    UNNAMED,
    STATE,
    GROUP_NAME,
    /** A place no gazetteer lists, named after a head noun ("قرية X"); its key carries the head's kind. */
    PLACE_NAME,
    ANAPHOR
  }


  /**
   * The kind of place a location is ("TOWN", "FACILITY"...): from the head that named an unlisted place, else
   * from the gazetteer; empty for anything else.
   */
  public Optional<String> placeKind(org.marsad.extract.match.LexiconIndex index) {
    if (kind == Kind.PLACE_NAME) {
      String k = key.substring(EntityFinder.PLACE_NAME_KEY.length());
      return Optional.of(k.substring(0, k.indexOf(':')));
    }
    return lexiconId.filter(id -> id.startsWith("place/"))
        .flatMap(id -> index.lexicon().place(id.substring("place/".length()))).map(p -> p.kind());
  }

  public boolean contains(Candidate o) {
    return first <= o.first && o.end <= end;
  }
}
