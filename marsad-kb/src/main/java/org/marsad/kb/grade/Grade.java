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

  /** "B2" back to a grade; anything else is refused with the text. */
  public static Grade parse(String code) {
    if (code == null || code.length() != 2 || code.charAt(1) < '1' || code.charAt(1) > '6') {
      throw new org.marsad.kb.KbException("an Admiralty grade is a letter A-F and a digit 1-6, like B2, not '"
          + code + "'");
    }
    return new Grade(Reliability.parse(code.substring(0, 1)), Credibility.of(code.charAt(1) - '0'));
  }

  double weight() {
    return reliability.weight() * credibility.weight();
  }
}
