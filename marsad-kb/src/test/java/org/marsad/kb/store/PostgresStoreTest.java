package org.marsad.kb.store;

import java.nio.file.Path;

/** The same contract on a real PostgreSQL server. */
class PostgresStoreTest extends StoreContract {

  @Override
  StoreLocation location(Path dir) {
    return TestPostgres.freshDatabase(dir);
  }
}
