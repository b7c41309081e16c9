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


  public boolean contains(Candidate o) {
    return first <= o.first && o.end <= end;
  }
}
