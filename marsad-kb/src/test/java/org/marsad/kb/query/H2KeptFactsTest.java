package org.marsad.kb.query;

import java.nio.file.Path;
import org.marsad.kb.store.StoreLocation;

class H2KeptFactsTest extends KeptFactsContract {
  @Override
  StoreLocation location(Path dir) {
    return StoreLocation.embedded(dir);
  }
}
