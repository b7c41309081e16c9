package org.marsad.extract.match;

import java.util.Optional;
import org.marsad.extract.EntityType;
import org.marsad.extract.GeoPoint;

/**
 * What a lexicon phrase stands for. {@code acronym} phrases only count when the original text has the same
 * letter case (so the French article "EI" in lower case is not the Islamic State).
 */
public record EntityRef(String lexiconId, EntityType type, String nameAr, String nameEn, Optional<GeoPoint> geo,
                        boolean acronym, String surface) {
}
