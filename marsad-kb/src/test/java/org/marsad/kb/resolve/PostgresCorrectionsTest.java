package org.marsad.kb.resolve;

import java.nio.file.Path;
import org.marsad.kb.store.StoreLocation;
import org.marsad.kb.store.TestPostgres;

class PostgresCorrectionsTest extends CorrectionsContract {

  @Override
  StoreLocation location(Path dir) {
    return TestPostgres.freshDatabase(dir);
  }
}
