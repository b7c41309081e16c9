package org.marsad.kb.grade;

import java.util.Locale;
import org.marsad.kb.KbException;

/** Source reliability of the Admiralty (NATO) code: how far the source has been right before. */
public enum Reliability {
  A("completely reliable", 0.95),
  B("usually reliable", 0.8),
  C("fairly reliable", 0.65),
  D("not usually reliable", 0.45),
  E("unreliable", 0.25),
  F("reliability cannot be judged", 0.5);

  private final String meaning;
  private final double weight;

  Reliability(String meaning, double weight) {
    this.meaning = meaning;
    this.weight = weight;
  }

  public String meaning() {
    return meaning;
  }

  double weight() {
    return weight;
  }

  public static Reliability parse(String s) {
    String t = s == null ? "" : s.trim().toUpperCase(Locale.ROOT);
    if (t.length() == 1 && t.charAt(0) >= 'A' && t.charAt(0) <= 'F') {
      return valueOf(t);
    }
    throw new KbException("source reliability must be one letter A-F (Admiralty code), got '" + s + "'");
  }
}
