package org.marsad.extract;

/**
 * Relation and event types with the shape of their arguments (DESIGN.md, "Vocabulary").
 * A relation holds over time; an event happens at a time. The difference matters for attribution:
 * an event told in a paragraph that quotes a source is that source's account.
 */
public enum RelationType {
  PLEDGED_ALLEGIANCE(Shape.DIRECTED, false),
  MEMBER_OF(Shape.DIRECTED, false),
  LEADER_OF(Shape.DIRECTED, false),
  PART_OF(Shape.DIRECTED, false),
  ALLIANCE(Shape.SYMMETRIC, false),
  MERGER(Shape.SYMMETRIC, false),
  SPLIT_FROM(Shape.DIRECTED, false),
  ASSOCIATED_WITH(Shape.SYMMETRIC, false),
  COOPERATION(Shape.SYMMETRIC, false),
  OPERATES_IN(Shape.DIRECTED, false),
  ATTACK(Shape.AGENT_TARGET, true),
  KILLED(Shape.AGENT_TARGET, true),
  ARREST(Shape.AGENT_TARGET, true),
  KIDNAPPING(Shape.AGENT_TARGET, true),
  MOVEMENT(Shape.MOVEMENT, true),
  MEETING(Shape.SYMMETRIC, true),
  CLAIMED_RESPONSIBILITY(Shape.DIRECTED, true);

  /** How the arguments of a type are laid out. */
  public enum Shape {
    DIRECTED,
    SYMMETRIC,
    AGENT_TARGET,
    MOVEMENT
  }

  private final Shape shape;
  private final boolean event;

  RelationType(Shape shape, boolean event) {
    this.shape = shape;
    this.event = event;
  }

  public Shape shape() {
    return shape;
  }

  public boolean isEvent() {
    return event;
  }
}
