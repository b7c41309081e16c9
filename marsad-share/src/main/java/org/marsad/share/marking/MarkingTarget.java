package org.marsad.share.marking;

import java.nio.charset.StandardCharsets;
import org.marsad.extract.RelationType;
import org.marsad.kb.source.Sha256;
import org.marsad.share.ShareException;

/**
 * What a marking is set on. Keys are stable across stores and re-extraction: a source's name, a report's SHA-256,
 * a fact's key made of entity idents (hashed to fit), one statement of a report (the report's SHA-256 and the
 * claim's local id, type and span), and '*' for the node's default.
 */
public record MarkingTarget(Kind kind, String key, String label) {

  /** From the top of the inheritance down. */
  public enum Kind {
    DEFAULT,
    SOURCE,
    REPORT,
    FACT,
    /** One report's statement of a fact: where a fact's marking is also kept (see {@link FactTargets}). */
    STATEMENT
  }

  public MarkingTarget {
    if (key == null || key.isEmpty() || key.length() > 200) {
      throw new ShareException("a marking target key must be 1-200 characters, got '" + key + "'");
    }
  }

  public static MarkingTarget nodeDefault() {
    return new MarkingTarget(Kind.DEFAULT, "*", "the node's default");
  }

  public static MarkingTarget source(String name) {
    return new MarkingTarget(Kind.SOURCE, name, "source " + name);
  }

  public static MarkingTarget report(String sha256) {
    return new MarkingTarget(Kind.REPORT, sha256, "report " + sha256);
  }

  /** A fact by its stable key (see {@code FactKey}); the label says which fact it is to a reader. */
  public static MarkingTarget fact(String factKey) {
    return new MarkingTarget(Kind.FACT, factKeyHash(factKey), factKey.length() > 2000 ? factKey.substring(0, 2000)
        : factKey);
  }

  /**
   * One report's statement of a fact, named by what does not change while the report stays: its SHA-256, and the
   * claim's local id, type and span in the report's text. Not the claim's row id, which re-extraction renews.
   */
  public static MarkingTarget statement(String reportSha256, String localId, RelationType type, int start, int end) {
    return new MarkingTarget(Kind.STATEMENT, reportSha256 + ":" + localId + ":" + type.name() + "@" + start + "-" + end,
        "statement " + localId + " (" + type.name() + ") of report " + reportSha256);
  }

  static String factKeyHash(String factKey) {
    return "fact:" + Sha256.hex(factKey.getBytes(StandardCharsets.UTF_8));
  }
}
