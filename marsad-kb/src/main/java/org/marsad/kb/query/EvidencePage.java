package org.marsad.kb.query;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.marsad.extract.Modality;
import org.marsad.kb.grade.Grade;
import org.marsad.kb.store.FactSummaries;

/**
 * A page of one fact's evidence, best grade first, then newest. {@code next} is an opaque cursor for the page after
 * this one, empty on the last page. A cursor marks a position in the order rather than a count, so evidence stored
 * while an analyst pages through never repeats an item or skips one that was already ahead.
 */
public record EvidencePage(FactRef fact, List<Fact.Evidence> items, int total, int limit, Optional<String> next) {

  public EvidencePage {
    items = List.copyOf(items);
  }

  /** The cursor after this piece of evidence: its grade, recency and claim id, base64url so clients keep it whole. */
  static String encode(FactSummaries.Evidence last) {
    String plain = last.grade() + ":" + last.recency() + ":" + last.claimId();
    return Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes(StandardCharsets.UTF_8));
  }

  static FactSummaries.Evidence decode(String cursor) {
    try {
      String[] f = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8).split(":", -1);
      if (f.length == 3) {
        // the modality takes no part in the order; any value serves for the position
        return new FactSummaries.Evidence(Long.parseLong(f[2]), Grade.parse(f[0]), Modality.ASSERTED,
            Integer.parseInt(f[1]));
      }
    } catch (RuntimeException e) {
      // told below, with the cursor
    }
    throw new BadReferenceException("cursor '" + FactRef.clip(cursor) + "' is not one this server gave out; "
        + "start again without a cursor");
  }
}
