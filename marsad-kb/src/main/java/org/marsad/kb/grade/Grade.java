package org.marsad.kb.grade;

/** A piece of evidence's Admiralty grade, written the usual way: "B2". */
public record Grade(Reliability reliability, Credibility credibility) implements Comparable<Grade> {

  @Override
  public String toString() {
    return reliability.name() + credibility.code();
  }

  /** Better grades sort first: B2 before C3, and reliability counts before credibility. */
  @Override
  public int compareTo(Grade o) {
    int r = reliability.compareTo(o.reliability);
    return r != 0 ? r : Integer.compare(credibility.code(), o.credibility.code());
  }

  double weight() {
    return reliability.weight() * credibility.weight();
  }
}
