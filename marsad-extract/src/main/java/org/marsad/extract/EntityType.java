package org.marsad.extract;

/** The entity types of the extraction contract (DESIGN.md, "Vocabulary"). */
public enum EntityType {
  PERSON,
  ARMED_GROUP,
  STATE_ACTOR,
  ORGANIZATION,
  LOCATION;


  public boolean isGroupLike() {
    return this == ARMED_GROUP || this == STATE_ACTOR || this == ORGANIZATION;
  }
}
