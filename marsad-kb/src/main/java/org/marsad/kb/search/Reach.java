package org.marsad.kb.search;

/** How many indexed reports name an entity, and how many places in them do. */
public record Reach(int reports, long mentions) {
  public Reach {
    if (reports < 0 || mentions < reports) {
      throw new SearchException("impossible reach: " + reports + " reports, " + mentions + " mentions");
    }
  }
}
