package org.marsad.kb.resolve;

import java.nio.file.Path;
import org.marsad.kb.store.StoreLocation;

class H2CorrectionsTest extends CorrectionsContract {

  @Override
  StoreLocation location(Path dir) {
    return StoreLocation.embedded(dir);
  }
}
