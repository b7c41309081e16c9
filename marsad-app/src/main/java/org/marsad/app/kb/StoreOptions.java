package org.marsad.app.kb;

import java.nio.file.Path;
import org.marsad.kb.store.StoreLocation;
import org.marsad.share.secret.NodeKey;
import picocli.CommandLine.Option;

/** Where the knowledge base is, shared by every command that reads or writes it. */
public final class StoreOptions {
  @Option(names = "--data", paramLabel = "DIR",
      description = "Data directory: the embedded store and the search index (default: ${DEFAULT-VALUE}).")
  Path data = Path.of("marsad-data");

  @Option(names = "--db", paramLabel = "JDBC_URL",
      description = "Use this database instead of the embedded one, e.g. jdbc:postgresql://host/marsad.")
  String db;

  @Option(names = "--db-user", paramLabel = "USER", description = "Database user (with --db).")
  String dbUser;

  @Option(names = "--db-password-env", paramLabel = "VAR", description = "Read the database password from this "
      + "environment variable (default: ${DEFAULT-VALUE}); passwords do not belong on a command line.")
  String passwordEnv = "MARSAD_DB_PASSWORD";

  @Option(names = "--node-key", paramLabel = "FILE", description = "The node key partners' credentials are sealed "
      + "with (default: $MARSAD_NODE_KEY, else node.key in the data directory); keep it out of the database's "
      + "backups, and back it up apart.")
  Path nodeKey;

  @Option(names = "--lexicon", paramLabel = "DIR",
      description = "Directory of extra lexicon files (groups*.tsv, people*.tsv, places*.tsv, ...).")
  Path lexicon;

  /**
   * The user lexicon of this knowledge base: --lexicon if given, else the data directory's own lexicon folder
   * (where `marsad gazetteer import` writes) when it exists.
   */
  java.util.Optional<Path> lexiconDir() {
    if (lexicon != null) {
      return java.util.Optional.of(lexicon);
    }
    Path own = data.resolve("lexicon");
    return java.nio.file.Files.isDirectory(own) ? java.util.Optional.of(own) : java.util.Optional.empty();
  }

  Path lexiconTarget() {
    return lexicon != null ? lexicon : data.resolve("lexicon");
  }

  public Path data() {
    return data;
  }

  /** The node key file: --node-key, else $MARSAD_NODE_KEY, else node.key in the data directory. */
  public Path nodeKey() {
    if (nodeKey != null) {
      return nodeKey;
    }
    String env = System.getenv("MARSAD_NODE_KEY");
    return env != null && !env.isBlank() ? Path.of(env) : data.resolve(NodeKey.FILE_NAME);
  }

  StoreLocation location() {
    if (db == null) {
      return StoreLocation.embedded(data);
    }
    String password = System.getenv(passwordEnv);
    return StoreLocation.jdbc(db, dbUser, password, data);
  }
}
