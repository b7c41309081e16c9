package org.marsad.share.receive;

import java.util.List;
import tools.jackson.databind.JsonNode;

/** A STIX input that parsed and whose every object has a well-formed type and id; nothing is judged yet. */
public record ReceivedBundle(String input, String sha256, List<JsonNode> objects) {
  public ReceivedBundle {
    objects = List.copyOf(objects);
  }
}
