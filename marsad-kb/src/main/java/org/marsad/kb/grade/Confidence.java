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
 * itself news to an analyst. {@code modality} is the firmest way any report states the fact, a denial counting
 * only when every report denies it: a prospect that one report calls possible and none asserts stays a prospect.
 */
public record Confidence(double value, int reports, Grade best, int denials, Modality modality, String derivation) {

  /** One report's part: its grade and how it states the fact. */
  public record Evidence(Grade grade, Modality modality) {
  }

  public static Confidence of(List<Evidence> evidence) {
    if (evidence.isEmpty()) {
      throw new IllegalArgumentException("a fact needs at least one piece of evidence");
    }
    Tally t = Tally.empty();
    for (Evidence e : evidence) {
      t = t.plus(e.grade(), e.modality());
    }
    return of(t);
  }

  /**
   * From a tally of the evidence. The product runs in the tally's order (best grade first), whatever order the
   * reports came in, so a fact's confidence is the same to the last bit whether it is computed from its claims or
   * from the tally kept in the store: a derivation rounded to two places must not differ between the two.
   */
  static Confidence of(Tally tally) {
    if (tally.isEmpty()) {
      throw new IllegalArgumentException("a fact needs at least one piece of evidence");
    }
    double none = 1;
    int denials = 0;
    int reports = 0;
    Grade best = null;
    Modality firmest = null;
    for (java.util.Map.Entry<Tally.Entry, Integer> c : tally.counts().entrySet()) {
      Tally.Entry e = c.getKey();
      int n = c.getValue();
      reports += n;
      if (best == null || e.grade().compareTo(best) < 0) {
        best = e.grade();
      }
      if (e.modality() == Modality.DENIED) {
        denials += n;
        continue;
      }
      if (firmest == null || e.modality().compareTo(firmest) < 0) {
        firmest = e.modality();
      }
      for (int i = 0; i < n; i++) {
        none *= 1 - e.grade().weight() * weight(e.modality());
      }
    }
    double value = 1 - none;
    String derivation = reports + (reports == 1 ? " report" : " reports") + ", best " + best
        + (denials > 0 ? ", " + denials + (denials == 1 ? " denial" : " denials") : "")
        + String.format(Locale.ROOT, " → %.2f", value);
    return new Confidence(value, reports, best, denials, firmest == null ? Modality.DENIED : firmest, derivation);
  }

  /** Some reports state the fact and others deny it. */
  public boolean contradicted() {
    return denials > 0 && denials < reports;
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
