package org.marsad.extract;

/** WGS84 coordinates in decimal degrees. */
public record GeoPoint(double lat, double lon) {

  public GeoPoint {
    if (!(lat >= -90 && lat <= 90) || !(lon >= -180 && lon <= 180)) {
      throw new ExtractException("coordinates out of range: lat=" + lat + ", lon=" + lon);
    }
  }
}
