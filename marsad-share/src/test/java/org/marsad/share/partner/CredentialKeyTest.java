package org.marsad.share.partner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.kb.store.Database;
import org.marsad.kb.store.StoreLocation;
import org.marsad.share.TestData;
import org.marsad.share.secret.NodeKey;
import org.marsad.share.secret.SecretException;

/** Partners' credentials at rest: sealed with the node key outside the store, clear rows from before sealed too. */
class CredentialKeyTest {
  private static final String SECRET = "Algiers:mrs_0123456789abcdefghijklmnopqrstuvwxyzABCDEFG";
  @TempDir
  Path dir;
  Database db;
  Path key;

  @BeforeEach
  void open() {
    db = Database.open(StoreLocation.embedded(dir.resolve("data")));
    key = dir.resolve("keys").resolve("node.key");
  }

  @AfterEach
  void close() {
    db.close();
  }

  private void add(String name, String credentials) {
    db.inTransaction(h -> {
      new Partners(h).add(new Partner(name, URI.create("https://" + name.toLowerCase() + ".invalid/taxii2/marsad/"),
          Optional.empty(), Optional.empty(), "picture", "inbox", Rules.defaults(), Partner.SendMode.MANUAL),
          credentials, CredentialKey.open(h, key), TestData.NOW);
      return null;
    });
  }

  private List<String> stored() {
    return db.handle().createQuery("SELECT credentials FROM partner ORDER BY name").mapTo(String.class).list();
  }

  private List<String> inClear() {
    return new Partners(db.handle()).inClear();
  }

  private String credentials(String name, Path keyFile) {
    return db.inTransaction(h -> new Partners(h).credentials(name, CredentialKey.open(h, keyFile)));
  }

  @Test
  void theStoreNeverHoldsTheCredentialsInClear() {
    add("Paris", SECRET);
    assertThat(stored()).singleElement().asString().startsWith("aes-gcm:").doesNotContain(SECRET)
        .doesNotContain("mrs_").doesNotContain("Algiers");
    assertThat(Files.exists(key)).isTrue();
    assertThat(credentials("Paris", key)).isEqualTo(SECRET);
  }

  @Test
  void credentialsInClearFromBeforeAreSealedWhenTheKeyIsOpened() {
    // a row as a store from before sealing holds it (migration V22 marks it unsealed)
    db.handle().execute("INSERT INTO partner (name, url, credentials, server_fingerprint, identity_ref, "
        + "pull_collection, push_collection, max_tlp, collections, entity_types, never_sources, send_mode, created_at) "
        + "VALUES ('Tunis', 'https://tunis.invalid/taxii2/marsad/', ?, NULL, NULL, 'picture', 'inbox', 'AMBER', '', "
        + "'', '', 'MANUAL', CURRENT_TIMESTAMP)", SECRET);
    assertThat(inClear()).containsExactly("Tunis");
    assertThat(credentials("Tunis", key)).isEqualTo(SECRET);
    assertThat(stored()).singleElement().asString().doesNotContain(SECRET);
    assertThat(inClear()).isEmpty();
  }

  @Test
  void anotherKeyGivesAnErrorNamingItsFile() {
    add("Paris", SECRET);
    Path other = dir.resolve("other.key");
    NodeKey.create(other);
    assertThatThrownBy(() -> credentials("Paris", other)).isInstanceOf(SecretException.class)
        .hasMessageContaining("partner Paris").hasMessageContaining(other.toString())
        .hasMessageNotContaining(SECRET);
  }

  @Test
  void aMissingKeyIsNamedAndNoNewOneIsMadeInItsPlace() throws Exception {
    add("Paris", SECRET);
    Files.delete(key);
    assertThatThrownBy(() -> credentials("Paris", key)).isInstanceOf(SecretException.class)
        .hasMessageContaining(key.toString()).hasMessageContaining("missing").hasMessageContaining("Paris");
    assertThat(Files.exists(key)).as("a new key would open none of the sealed credentials").isFalse();
  }
}
