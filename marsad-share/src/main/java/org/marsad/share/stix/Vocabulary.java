package org.marsad.share.stix;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import org.marsad.extract.RelationType;

/**
 * Marsad relation types as STIX relationship types. STIX's own types are used where one means the same thing
 * ({@code related-to}); the others are Marsad's, declared by the Marsad extension definition. Events are
 * sightings, not relationships, and have no entry here.
 */
public final class Vocabulary {
  private static final Map<RelationType, String> OUT = new EnumMap<>(RelationType.class);

  static {
    OUT.put(RelationType.PLEDGED_ALLEGIANCE, "pledged-allegiance-to");
    OUT.put(RelationType.MEMBER_OF, "member-of");
    OUT.put(RelationType.LEADER_OF, "leader-of");
    OUT.put(RelationType.PART_OF, "part-of");
    OUT.put(RelationType.ALLIANCE, "allied-with");
    OUT.put(RelationType.MERGER, "merged-with");
    OUT.put(RelationType.SPLIT_FROM, "split-from");
    OUT.put(RelationType.ASSOCIATED_WITH, "related-to");
    OUT.put(RelationType.COOPERATION, "cooperates-with");
    OUT.put(RelationType.OPERATES_IN, "operates-in");
  }

  private Vocabulary() {
  }

  /** The relationship type of a relation; events have none. */
  public static Optional<String> relationshipType(RelationType t) {
    return Optional.ofNullable(OUT.get(t));
  }

  /**
   * The Marsad relation a STIX relationship type stands for. Two STIX types are read approximately, and the
   * original type travels with the claim's text: {@code attributed-to} (an actor behind another, or the person
   * behind an alias) as an association, {@code located-at} as operating in the place.
   */
  public static Optional<RelationType> relationType(String relationshipType) {
    for (Map.Entry<RelationType, String> e : OUT.entrySet()) {
      if (e.getValue().equals(relationshipType)) {
        return Optional.of(e.getKey());
      }
    }
    return switch (relationshipType) {
      case "attributed-to" -> Optional.of(RelationType.ASSOCIATED_WITH);
      case "located-at" -> Optional.of(RelationType.OPERATES_IN);
      default -> Optional.empty();
    };
  }
}
