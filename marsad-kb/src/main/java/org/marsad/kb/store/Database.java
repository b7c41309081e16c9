package org.marsad.kb.store;

import java.nio.file.Files;
import java.io.IOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Map;
import java.util.Properties;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;
import org.marsad.kb.KbException;

/**
 * An open store: connected, with the schema brought up to date by Flyway. The schema is the same for H2 and
 * PostgreSQL; only two column types differ, through Flyway placeholders.
 *
 * <p>It holds one connection for its lifetime. The command line works one report at a time, and an embedded
 * H2 database would otherwise be reopened from disk for every statement.
 */
public final class Database implements AutoCloseable {
  private final StoreLocation location;
  private final Handle handle;

  private Database(StoreLocation location, Handle handle) {
    this.location = location;
    this.handle = handle;
  }

  public static Database open(StoreLocation location) {
    try {
      Files.createDirectories(location.dataDir());
    } catch (IOException e) {
      throw new KbException("cannot create the data directory " + location.dataDir() + ": " + e.getMessage(), e);
    }
    DataSource ds = new SimpleDataSource(location);
    try (Connection c = ds.getConnection()) {
      c.isValid(5);
    } catch (SQLException e) {
      throw new KbException("cannot open the store at " + location.describe() + ": " + e.getMessage(), e);
    }
    try {
      Flyway.configure(Database.class.getClassLoader())
          .loggers("slf4j") // quiet by default: the command line speaks for itself
          .dataSource(ds)
          .locations("classpath:org/marsad/kb/db/migration")
          .placeholders(Map.of("text", location.dialect().textType(), "blob", location.dialect().blobType(),
              "span", location.dialect().spanType(), "argEntityKey", location.dialect().foreignKeysFree()
                  ? "ALTER TABLE claim_arg ADD CONSTRAINT claim_arg_entity_fk FOREIGN KEY (entity_id) "
                      + "REFERENCES entity (id);"
                  : "-- (none on H2)"))
          // V8 and V9 came after V10-V20 (numbers left free for them): a store already at V20 must still take
          // them. Each migration touches only its own tables, so applying one after higher ones is safe.
          .outOfOrder(true)
          .load()
          .migrate();
    } catch (FlywayException e) {
      throw new KbException("cannot bring the schema of " + location.describe() + " up to date: "
          + e.getMessage(), e);
    }
    try {
      Database db = new Database(location, Jdbi.create(ds).open());
      Leftovers.clean(db.handle);
      Summaries.ensureBuilt(db.handle);
      return db;
    } catch (JdbiException e) {
      throw new KbException("cannot open the store at " + location.describe() + ": " + e.getMessage(), e);
    }
  }

  /**
   * Runs {@code work} in a transaction of its own and commits it. Inside {@link #batch} the connection stays out
   * of auto-commit between transactions, which spares a commit per transaction (switching auto-commit back on
   * commits again).
   */
  public <T> T inTransaction(java.util.function.Function<Handle, T> work) {
    java.sql.Connection c = handle.getConnection();
    try {
      if (c.getAutoCommit()) {
        return handle.inTransaction(work::apply);
      }
      T result;
      try {
        result = work.apply(handle);
        c.commit();
      } catch (RuntimeException e) {
        c.rollback();
        throw e;
      }
      return result;
    } catch (SQLException e) {
      throw new KbException("transaction failed on " + location.describe() + ": " + e.getMessage(), e);
    }
  }

  /** Runs a batch of {@link #inTransaction} calls with auto-commit off, restoring it afterwards. */
  public void batch(Runnable work) {
    java.sql.Connection c = handle.getConnection();
    try {
      boolean auto = c.getAutoCommit();
      c.setAutoCommit(false);
      try {
        work.run();
      } finally {
        c.rollback(); // nothing is pending here unless a read ran outside inTransaction
        c.setAutoCommit(auto);
      }
    } catch (SQLException e) {
      throw new KbException("cannot switch auto-commit on " + location.describe() + ": " + e.getMessage(), e);
    }
  }

  /**
   * Makes every transaction committed so far survive a kill of this process. PostgreSQL does so at each commit;
   * the embedded H2 store holds committed changes in memory and writes them out in the background (its
   * WRITE_DELAY), so without this a kill takes back the last moments of work. That is harmless to the store, whose
   * batch simply resumes, but not to anything derived from it and made durable meanwhile, such as the search index.
   */
  public void persist() {
    if (location.dialect() != StoreLocation.Dialect.H2) {
      return;
    }
    try (java.sql.Statement st = handle.getConnection().createStatement()) {
      st.execute("CHECKPOINT");
    } catch (SQLException e) {
      throw new KbException("cannot write the store at " + location.describe() + " to its file: " + e.getMessage(),
          e);
    }
  }

  /** The store's one connection. Not thread-safe: one {@code Database} per thread of work. */
  public Handle handle() {
    return handle;
  }

  @Override
  public void close() {
    handle.close();
  }

  /**
   * Closes after giving back the space of superseded pages. An embedded H2 store appends a new version of each
   * page it changes, so a long ingest of small transactions leaves a file several times its live size;
   * compacting takes seconds and shrinks it to the data. PostgreSQL reclaims space itself (autovacuum).
   */
  public void closeCompacted() {
    try {
      if (location.dialect() == StoreLocation.Dialect.H2) {
        try (java.sql.Statement st = handle.getConnection().createStatement()) {
          st.execute("SHUTDOWN COMPACT");
        }
      }
    } catch (SQLException e) {
      throw new KbException("cannot compact the store at " + location.describe() + ": " + e.getMessage(), e);
    } finally {
      handle.close();
    }
  }

  public StoreLocation location() {
    return location;
  }

  /** A minimal DataSource over DriverManager: a command-line store needs no pool. */
  private static final class SimpleDataSource implements DataSource {
    private final StoreLocation loc;
    private java.io.PrintWriter logWriter;

    SimpleDataSource(StoreLocation loc) {
      this.loc = loc;
    }

    @Override
    public Connection getConnection() throws SQLException {
      Properties p = new Properties();
      if (!loc.user().isEmpty()) {
        p.setProperty("user", loc.user());
      }
      if (!loc.password().isEmpty() || loc.dialect() == StoreLocation.Dialect.H2) {
        p.setProperty("password", loc.password());
      }
      return DriverManager.getConnection(loc.jdbcUrl(), p);
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
      return DriverManager.getConnection(loc.jdbcUrl(), username, password);
    }

    @Override
    public java.io.PrintWriter getLogWriter() {
      return logWriter;
    }

    @Override
    public void setLogWriter(java.io.PrintWriter out) {
      this.logWriter = out;
    }

    @Override
    public void setLoginTimeout(int seconds) {
      DriverManager.setLoginTimeout(seconds);
    }

    @Override
    public int getLoginTimeout() {
      return DriverManager.getLoginTimeout();
    }

    @Override
    public java.util.logging.Logger getParentLogger() {
      return java.util.logging.Logger.getLogger("org.marsad.kb");
    }

    @Override
    public <T> T unwrap(Class<T> iface) throws SQLException {
      throw new SQLException("not a wrapper: " + iface);
    }

    @Override
    public boolean isWrapperFor(Class<?> iface) {
      return false;
    }
  }
}
