package org.marsad.extract;

import java.util.List;
import java.util.Optional;

/**
 * One actor or place of a report, with every mention of it. {@code lexiconId} ties it to a lexicon entry
 * ("group/aqim"); entities that no lexicon knows have none, and a descriptive {@code name}.
 */
public record Entity(String id, EntityType type, String name, String nameEn, List<String> aliases,
                     Optional<String> lexiconId, List<Mention> mentions, Optional<GeoPoint> geo) {

  public Entity {
    aliases = List.copyOf(aliases);
    mentions = List.copyOf(mentions);
    if (mentions.isEmpty()) {
      throw new ExtractException("entity " + id + " (" + name + ") has no mention");
    }
  }
}
