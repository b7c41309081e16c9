package org.marsad.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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
