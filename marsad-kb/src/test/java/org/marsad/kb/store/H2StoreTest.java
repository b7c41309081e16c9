package org.marsad.kb.store;

import java.nio.file.Path;

class H2StoreTest extends StoreContract {

  @Override
  StoreLocation location(Path dir) {
    return StoreLocation.embedded(dir.resolve("data"));
  }
}
