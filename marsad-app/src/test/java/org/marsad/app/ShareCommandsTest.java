package org.marsad.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.kb.store.StoreLocation;

/** export --format stix, import --format stix, mark and audit verify, end to end through the command line. */
class ShareCommandsTest {
  @TempDir
  Path dir;

  @Test
  void exportImportMarkAndVerify() throws Exception {
    Path algiers = dir.resolve("algiers");
    Path paris = dir.resolve("paris");
    Path report = SharedData.samples().resolve("ar-02-jnim-merger.ar.txt");
    Cli ingest = Cli.run("ingest", report.toString(), "--data", algiers.toString(), "--source", "El Watan",
        "--reliability", "B", "--credibility", "2");
    assertThat(ingest.code()).as(ingest.err()).isZero();
    Cli mark = Cli.run("mark", "--data", algiers.toString(), "--source", "El Watan", "--tlp", "GREEN");
    assertThat(mark.code()).as(mark.err()).isZero();
    assertThat(mark.out()).contains("TLP:GREEN");
    assertThat(Cli.run("mark", "--data", algiers.toString(), "--source", "Nobody", "--tlp", "RED").err())
        .contains("no source named 'Nobody'");

    Path bundle = dir.resolve("algiers.stix.json");
    Cli export = Cli.run("export", "--format", "stix", "--out", bundle.toString(), "--data", algiers.toString(),
        "--node", "Algiers", "--actor", "analyst-a");
    assertThat(export.code()).as(export.err()).isZero();
    assertThat(export.out()).contains("wrote STIX bundle bundle--");
    String json = Files.readString(bundle);
    assertThat(json).contains("\"type\" : \"bundle\"", "\"type\" : \"report\"",
        "marking-definition--bab4a63c-aed9-4cf5-a766-dfca5abac2bb");

    Cli in = Cli.run("import", "--format", "stix", bundle.toString(), "--data", paris.toString(), "--actor",
        "analyst-p");
    assertThat(in.code()).as(in.err()).isZero();
    assertThat(in.out()).contains("1 report(s) stored", "taken in: {").contains("threat-actor=");
    Cli again = Cli.run("import", "--format", "stix", bundle.toString(), "--data", paris.toString());
    assertThat(again.out()).contains("0 report(s) stored, 1 already known");

    Cli verify = Cli.run("audit", "verify", "--data", paris.toString());
    assertThat(verify.code()).as(verify.out() + verify.err()).isZero();
    assertThat(verify.out()).contains("audit log intact");
    StoreLocation at = StoreLocation.embedded(paris);
    try (Connection c = DriverManager.getConnection(at.jdbcUrl(), at.user(), at.password());
         Statement s = c.createStatement()) {
      s.execute("UPDATE audit_log SET actor = 'nobody' WHERE seq = 2");
    }
    Cli broken = Cli.run("audit", "verify", "--data", paris.toString());
    assertThat(broken.code()).isEqualTo(1);
    assertThat(broken.out()).contains("BROKEN", "record 2");
  }

  @Test
  void aFileThatIsNotStixIsRefusedWithItsNameAndNothingIsWritten() throws Exception {
    Path junk = dir.resolve("junk.json");
    Files.write(junk, new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 1, 2});
    Cli in = Cli.run("import", "--format", "stix", junk.toString(), "--data", dir.resolve("d").toString());
    assertThat(in.code()).isEqualTo(2);
    assertThat(in.err()).contains("junk.json", "binary");
    Cli verify = Cli.run("audit", "verify", "--data", dir.resolve("d").toString());
    assertThat(verify.out()).contains("0 record(s)");
  }
}
