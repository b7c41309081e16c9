package org.marsad.share.audit;

import java.nio.file.Path;
import org.marsad.kb.store.StoreLocation;
import org.marsad.kb.store.TestPostgres;

/** The same tamper checks on a real PostgreSQL server (migrations V10-V12 and the log's SQL). */
class AuditLogPostgresTest extends AuditLogTest {

  @Override
  StoreLocation location(Path dir) {
    return TestPostgres.freshDatabase(dir);
  }
}
