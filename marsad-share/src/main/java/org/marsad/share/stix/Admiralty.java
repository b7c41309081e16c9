package org.marsad.share.stix;

import java.util.Optional;
import org.marsad.kb.grade.Credibility;

/**
 * The STIX 2.1 mapping between the Admiralty information-credibility scale and {@code confidence} (STIX 2.1
 * Appendix A, "Confidence Scales", Admiralty Credibility): 1 is 90, 2 is 70, 3 is 50, 4 is 30, 5 is 10, and 6
 * (truth cannot be judged) leaves confidence out. Read back by bands of 20.
 */
public final class Admiralty {

  private Admiralty() {
  }

  public static Optional<Integer> confidence(Credibility c) {
    return switch (c) {
      case CONFIRMED -> Optional.of(90);
      case PROBABLY_TRUE -> Optional.of(70);
      case POSSIBLY_TRUE -> Optional.of(50);
      case DOUBTFUL -> Optional.of(30);
      case IMPROBABLE -> Optional.of(10);
      case UNKNOWN -> Optional.empty();
    };
  }

  public static Credibility credibility(Optional<Integer> confidence) {
    if (confidence.isEmpty()) {
      return Credibility.UNKNOWN;
    }
    int v = confidence.get();
    if (v >= 80) {
      return Credibility.CONFIRMED;
    }
    if (v >= 60) {
      return Credibility.PROBABLY_TRUE;
    }
    if (v >= 40) {
      return Credibility.POSSIBLY_TRUE;
    }
    return v >= 20 ? Credibility.DOUBTFUL : Credibility.IMPROBABLE;
  }
}
