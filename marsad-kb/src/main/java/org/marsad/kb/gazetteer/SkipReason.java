package org.marsad.kb.gazetteer;

/** Why a well-formed GeoNames record was not written. */
public enum SkipReason {
  /** Country outside the filter's list. */
  COUNTRY,
  /** Feature class and code outside the filter's list (streams, hotels, airports...). */
  FEATURE,
  /** A populated place below the filter's population threshold. */
  POPULATION,
  /** The same geonameid came earlier in the dump. */
  REPEATED_ID,
  /** The built-in gazetteer already has this geonameid. */
  BUILT_IN_ID,
  /** A built-in place of the same country, close by, has one of the record's names. */
  BUILT_IN_NAME,
  /** Every name was dropped by the name rules ({@link NameRule}). */
  NO_USABLE_NAME
}
