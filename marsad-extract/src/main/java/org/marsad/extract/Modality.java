package org.marsad.extract;

/**
 * How sure the report is, from firmest to weakest; {@link #DENIED} stands apart.
 * A prospect ("قرب اتخاذ قرار") is POSSIBLE and must never surface as ASSERTED.
 */
public enum Modality {
  ASSERTED,
  REPORTED,
  LIKELY,
  POSSIBLE,
  RUMOURED,
  DENIED
}
