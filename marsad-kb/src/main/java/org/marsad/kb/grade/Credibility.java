package org.marsad.kb.grade;

import org.marsad.kb.KbException;

/** Information credibility of the Admiralty (NATO) code, 1 (confirmed) to 6 (cannot be judged), per report. */
public enum Credibility {
  CONFIRMED(1, "confirmed by other sources", 0.95),
  PROBABLY_TRUE(2, "probably true", 0.8),
  POSSIBLY_TRUE(3, "possibly true", 0.65),
  DOUBTFUL(4, "doubtful", 0.4),
  IMPROBABLE(5, "improbable", 0.2),
  UNKNOWN(6, "truth cannot be judged", 0.5);

  private final int code;
  private final String meaning;
  private final double weight;

  Credibility(int code, String meaning, double weight) {
    this.code = code;
    this.meaning = meaning;
    this.weight = weight;
  }

  public int code() {
    return code;
  }

  public String meaning() {
    return meaning;
  }

  double weight() {
    return weight;
  }

  public static Credibility of(int code) {
    for (Credibility c : values()) {
      if (c.code == code) {
        return c;
      }
    }
    throw new KbException("report credibility must be a digit 1-6 (Admiralty code), got " + code);
  }

  public static Credibility parse(String s) {
    try {
      return of(Integer.parseInt(s.trim()));
    } catch (NumberFormatException e) {
      throw new KbException("report credibility must be a digit 1-6 (Admiralty code), got '" + s + "'", e);
    }
  }
}
