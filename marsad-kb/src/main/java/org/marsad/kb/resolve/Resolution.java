package org.marsad.kb.resolve;

import java.util.Optional;
import org.marsad.kb.store.StoredEntity;

/** Where one entity of one report went in the knowledge base, the key it was found by, and why. */
public record Resolution(StoredEntity entity, Optional<String> nameKey, String why) {
}
