package org.marsad.extract;

import java.util.Locale;

/** Argument roles of relations and events, named as in the JSON contract. */
public enum Role {
  SUBJECT,
  OBJECT,
  AGENT,
  TARGET,
  PARTICIPANTS,
  LOCATION,
  ORIGIN,
  DESTINATION,
  VIA;

  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Role fromKey(String key) {
    try {
      return valueOf(key.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new ExtractException("unknown argument role '" + key + "'", e);
    }
  }
}
