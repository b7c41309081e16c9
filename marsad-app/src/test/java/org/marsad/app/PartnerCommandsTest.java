package org.marsad.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.kb.store.Database;
import org.marsad.kb.store.StoreLocation;
import org.marsad.share.secret.NodeKey;

/** account, partner and collection through the command line: exit codes, what is printed, what is refused. */
class PartnerCommandsTest {
  @TempDir
  Path dir;

  private String data() {
    return dir.resolve("data").toString();
  }

  @Test
  void anAccountGetsATokenOnceAndCanBeRemoved() {
    Cli add = Cli.run("account", "add", "amina", "--role", "analyst", "--data", data());
    assertThat(add.code()).as(add.err()).isZero();
    assertThat(add.out()).contains("account amina (analyst)").containsPattern("mrs_[A-Za-z0-9_-]{43}");
    assertThat(Cli.run("account", "list", "--data", data()).out()).contains("amina\tanalyst");
    assertThat(Cli.run("account", "add", "amina", "--role", "admin", "--data", data()).err())
        .contains("exists already");
    assertThat(Cli.run("account", "add", "x", "--role", "king", "--data", data()).err()).contains("not a role: 'king'");
    assertThat(Cli.run("account", "remove", "amina", "--data", data()).code()).isZero();
    assertThat(Cli.run("account", "remove", "amina", "--data", data()).err()).contains("no account named 'amina'");
  }

  @Test
  void aPartnerIsRegisteredWithItsRulesAndItsAccount() {
    Cli add = Cli.run("partner", "add", "Paris", "--data", data(), "--url", "https://paris.example/taxii2/marsad/",
        "--credentials", "Algiers:mrs_x", "--tlp", "GREEN", "--types", "ARMED_GROUP,LOCATION", "--never-source",
        "El Watan", "--send", "auto");
    assertThat(add.code()).as(add.err()).isZero();
    assertThat(add.out()).contains("up to TLP:GREEN", "ARMED_GROUP,LOCATION", "[El Watan]", "sending auto",
        "Paris:mrs_");
    assertThat(Cli.run("account", "list", "--data", data()).out()).contains("Paris\tpartner");
    assertThat(Cli.run("partner", "list", "--data", data()).out()).contains("Paris\thttps://paris.example/");
    assertThat(Cli.run("partner", "remove", "Paris", "--data", data()).code()).isZero();
    assertThat(Cli.run("account", "list", "--data", data()).out()).doesNotContain("Paris");
  }

  @Test
  void aPartnersCredentialsAreKeptSealedWithTheNodeKey() throws Exception {
    String secret = "Algiers:mrs_" + "s3cr3t".repeat(7);
    Cli add = Cli.run("partner", "add", "Paris", "--data", data(), "--url", "https://paris.example/taxii2/marsad/",
        "--credentials", secret);
    assertThat(add.code()).as(add.err()).isZero();
    Path key = dir.resolve("data").resolve("node.key");
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(key))).isEqualTo("rw-------");
    try (Database db = Database.open(StoreLocation.embedded(dir.resolve("data")))) {
      assertThat(db.handle().createQuery("SELECT credentials FROM partner").mapTo(String.class).one())
          .startsWith("aes-gcm:").doesNotContain(secret).doesNotContain("mrs_");
    }
    assertThat(Files.readString(dir.resolve("data").resolve("store.mv.db"), StandardCharsets.ISO_8859_1))
        .as("nor anywhere in the store's file").doesNotContain("s3cr3t");
  }

  @Test
  void aWrongOrMissingNodeKeyIsOneClearLineNamingTheFile() {
    assertThat(Cli.run("partner", "add", "Paris", "--data", data(), "--url", "https://paris.example/taxii2/marsad/",
        "--credentials", "Algiers:mrs_x").code()).isZero();
    Path other = dir.resolve("other.key");
    NodeKey.create(other);
    for (Path key : List.of(other, dir.resolve("missing.key"))) {
      for (String sync : List.of("push", "pull")) {
        Cli c = Cli.run("partner", sync, "Paris", "--data", data(), "--node-key", key.toString());
        assertThat(c.code()).as(c.err()).isEqualTo(2);
        assertThat(c.err()).startsWith("marsad: ").contains(key.toString()).doesNotContain("Exception")
            .doesNotContain("\tat ");
        assertThat(c.err().strip().lines()).hasSize(1);
      }
    }
    assertThat(Files.exists(dir.resolve("missing.key"))).as("no new key is made where credentials are sealed")
        .isFalse();
  }

  @Test
  void aPartnerOverPlainHttpOrWithABadRuleIsRefused() {
    assertThat(Cli.run("partner", "add", "Paris", "--data", data(), "--url", "http://paris.example/taxii2/",
        "--credentials", "a:b").err()).contains("HTTPS only");
    assertThat(Cli.run("partner", "add", "Paris", "--data", data(), "--url", "https://paris.example/taxii2/",
        "--credentials", "a:b", "--types", "DRAGON").err()).contains("not an entity type: 'DRAGON'");
    assertThat(Cli.run("partner", "add", "Paris", "--data", data(), "--url", "https://paris.example/taxii2/",
        "--credentials", "a:b", "--tlp", "PURPLE").err()).contains("not a TLP 2.0 level: 'PURPLE'");
    assertThat(Cli.run("partner", "push", "Nobody", "--data", data()).err()).contains("no partner named 'Nobody'");
  }

  @Test
  void collectionsCanBeAddedListedAndRemovedButNotTheNodesOwn() {
    Cli add = Cli.run("collection", "add", "groups-green", "--tlp", "GREEN", "--types", "threat-actor,report",
        "--data", data());
    assertThat(add.code()).as(add.err()).isZero();
    assertThat(Cli.run("collection", "list", "--data", data()).out()).contains("groups-green", "picture", "inbox",
        "up to TLP:GREEN");
    assertThat(Cli.run("collection", "remove", "picture", "--data", data()).err()).contains("stays");
    assertThat(Cli.run("collection", "remove", "groups-green", "--data", data()).code()).isZero();
  }
}
