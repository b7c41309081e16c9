package org.marsad.kb.store;

import java.nio.file.Path;
import java.util.Locale;
import org.marsad.kb.KbException;

/**
 * Where the knowledge base lives: an embedded H2 database in a data directory (the default), or any
 * PostgreSQL server reached by a JDBC URL. The search index always lives in a local directory.
 */
public record StoreLocation(Dialect dialect, String jdbcUrl, String user, String password, Path dataDir) {

  /** The SQL dialects the one schema is written for. */
  public enum Dialect {
    H2("CLOB", "BLOB", "VARCHAR(1000000)", false),
    POSTGRESQL("TEXT", "BYTEA", "TEXT", true);

    private final String textType;
    private final String blobType;
    private final String spanType;
    private final boolean foreignKeysFree;

    Dialect(String textType, String blobType, String spanType, boolean foreignKeysFree) {
      this.textType = textType;
      this.blobType = blobType;
      this.spanType = spanType;
      this.foreignKeysFree = foreignKeysFree;
    }

    /**
     * Whether a foreign key costs nothing on insert beyond the lookup. H2 gives a foreign key an index of its own
     * unless one on exactly its columns exists; on the tables every report adds dozens of rows to, a key whose
     * only index is wider is left out there (migration V6).
     */
    public boolean foreignKeysFree() {
      return foreignKeysFree;
    }

    public String spanType() {
      return spanType;
    }

    public String textType() {
      return textType;
    }

    public String blobType() {
      return blobType;
    }
  }

  public StoreLocation {
    if (jdbcUrl == null || jdbcUrl.isBlank()) {
      throw new KbException("a JDBC URL is required");
    }
  }

  /** An embedded H2 store in {@code dir}; the directory is created on first use. */
  public static StoreLocation embedded(Path dir) {
    Path abs = dir.toAbsolutePath().normalize();
    // FILE_LOCK=FILE keeps a second process out instead of letting it corrupt the file; the MVStore keeps the
    // last committed state across a kill, which is what makes one report one transaction safe. CACHE_SIZE (KB):
    // every report adds keys at random places in the SHA-256 and entity indexes, and at 100,000 reports their
    // pages outgrow the 16 MB default, so the writer read pages back from the file for each report. LOCK_TIMEOUT:
    // a row lock held longer than 10 s (the default is 2 s) means something is wrong, and the waiting statement
    // fails with a message that names the table, instead of waiting without end.
    String url = "jdbc:h2:file:" + abs.resolve("store").toString().replace('\\', '/')
        + ";FILE_LOCK=FILE;DB_CLOSE_ON_EXIT=FALSE;QUERY_CACHE_SIZE=256;MAX_LENGTH_INPLACE_LOB=131072;CACHE_SIZE=65536;LOCK_TIMEOUT=10000";
    return new StoreLocation(Dialect.H2, url, "sa", "", abs);
  }

  /**
   * A store at a JDBC URL ({@code jdbc:postgresql://host/db} or {@code jdbc:h2:...}); user and password may also
   * be given in the URL. The search index goes in {@code dataDir}.
   */
  public static StoreLocation jdbc(String url, String user, String password, Path dataDir) {
    String lower = url.toLowerCase(Locale.ROOT);
    Dialect d;
    if (lower.startsWith("jdbc:postgresql:")) {
      d = Dialect.POSTGRESQL;
    } else if (lower.startsWith("jdbc:h2:")) {
      d = Dialect.H2;
    } else {
      throw new KbException("unsupported database URL '" + url
          + "': use jdbc:postgresql://HOST/DB or jdbc:h2:...; the default is an embedded H2 store in --data DIR");
    }
    return new StoreLocation(d, url, user == null ? "" : user, password == null ? "" : password,
        dataDir.toAbsolutePath().normalize());
  }

  public Path indexDir() {
    return dataDir.resolve("index");
  }

  /** The URL without a password, for messages. */
  public String describe() {
    return jdbcUrl.replaceAll("(?i)(password=)[^&;]*", "$1***");
  }

}
