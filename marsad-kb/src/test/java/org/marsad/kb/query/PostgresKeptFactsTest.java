package org.marsad.kb.query;

import java.nio.file.Path;
import org.marsad.kb.store.StoreLocation;
import org.marsad.kb.store.TestPostgres;

class PostgresKeptFactsTest extends KeptFactsContract {
  @Override
  StoreLocation location(Path dir) {
    return TestPostgres.freshDatabase(dir);
  }
}
