package org.marsad.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line against a real PostgreSQL server through --db, as a user with a server would run it. */
class PostgresCliTest {
  private static EmbeddedPostgres pg;
  @TempDir
  Path dir;

  @BeforeAll
  static void start() throws IOException {
    pg = EmbeddedPostgres.builder().start();
  }

  @AfterAll
  static void stop() throws IOException {
    pg.close();
  }

  private Cli run(String... args) {
    String[] all = new String[args.length + 6];
    System.arraycopy(args, 0, all, 0, args.length);
    String[] db = {"--db", pg.getJdbcUrl("postgres", "postgres"), "--db-user", "postgres", "--data",
        dir.resolve("data").toString()};
    System.arraycopy(db, 0, all, args.length, db.length);
    return Cli.run(all);
  }

  @Test
  void ingestAndAskThroughAJdbcUrl() throws IOException {
    Path in = Files.createDirectories(dir.resolve("in"));
    Files.writeString(in.resolve("arrest.txt"), "Le chef jihadiste Sidi Ould Boubacar a été arrêté à Gao par "
        + "l'armée malienne.");
    Cli ingest = run("ingest", in.toString(), "--published", "2024-06-01");
    assertThat(ingest.code()).as(ingest.err()).isZero();
    assertThat(ingest.out()).contains("ingested 1, duplicates 0, rejected 0");
    Cli relations = run("relations", "--type", "ARREST", "--as-of", "2024-12-31");
    assertThat(relations.code()).as(relations.err()).isZero();
    assertThat(relations.out()).contains("ARREST").contains("Sidi Ould Boubacar").contains("Gao");
    Cli search = run("search", "Boubacar");
    assertThat(search.out()).contains("1 report(s)");
  }
}
