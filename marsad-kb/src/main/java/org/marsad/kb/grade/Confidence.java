package org.marsad.kb.grade;

import java.util.List;
import java.util.Locale;
import org.marsad.extract.Modality;

/**
 * How far a fact is supported by its evidence, with the derivation an analyst reads: "2 reports, best B2".
 *
 * <p>Each report supports the fact in proportion to its grade and to how firmly it states it (a prospect
 * weighs less than an assertion). Reports are treated as independent, so support combines as
 * 1 − Π(1 − s). A denial does not add support; it is counted and shown, because a contradicted fact is
 * itself news to an analyst.
 */
public record Confidence(double value, int reports, Grade best, int denials, String derivation) {

  /** One report's part: its grade and how it states the fact. */
  public record Evidence(Grade grade, Modality modality) {
  }

  public static Confidence of(List<Evidence> evidence) {
    if (evidence.isEmpty()) {
      throw new IllegalArgumentException("a fact needs at least one piece of evidence");
    }
    double none = 1;
    int denials = 0;
    Grade best = null;
    for (Evidence e : evidence) {
      if (best == null || e.grade().compareTo(best) < 0) {
        best = e.grade();
      }
      if (e.modality() == Modality.DENIED) {
        denials++;
        continue;
      }
      none *= 1 - e.grade().weight() * weight(e.modality());
    }
    double value = 1 - none;
    String derivation = evidence.size() + (evidence.size() == 1 ? " report" : " reports") + ", best " + best
        + (denials > 0 ? ", " + denials + (denials == 1 ? " denial" : " denials") : "")
        + String.format(Locale.ROOT, " → %.2f", value);
    return new Confidence(value, evidence.size(), best, denials, derivation);
  }

  static double weight(Modality m) {
    return switch (m) {
      case ASSERTED -> 1.0;
      case REPORTED -> 0.85;
      case LIKELY -> 0.7;
      case POSSIBLE -> 0.4;
      case RUMOURED -> 0.3;
      case DENIED -> 0;
    };
  }
}
