package org.marsad.share.secret;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

/** AES-GCM sealing: nothing of the secret shows, it opens back, and it opens only with its key and for its owner. */
class SealerProperties {
  // made once for both engines (jqwik runs the property, Jupiter the tests; neither runs the other's lifecycle)
  private static final Sealer SEALER;
  private static final Sealer OTHER;

  static {
    try {
      Path dir = Files.createTempDirectory("marsad-sealer");
      dir.toFile().deleteOnExit();
      SEALER = new Sealer(NodeKey.create(dir.resolve("node.key")));
      OTHER = new Sealer(NodeKey.create(dir.resolve("other.key")));
      SEALER.key().file().toFile().deleteOnExit();
      OTHER.key().file().toFile().deleteOnExit();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @Property(tries = 300)
  void aSealedSecretShowsNothingOfItAndOpensBack(@ForAll @StringLength(min = 4, max = 200) String secret) {
    String sealed = SEALER.seal("partner Paris", secret);
    assertThat(sealed).startsWith("aes-gcm:" + SEALER.key().id() + ":").doesNotContain(secret);
    assertThat(new String(Base64.getDecoder().decode(sealed.substring(sealed.lastIndexOf(':') + 1)),
        java.nio.charset.StandardCharsets.UTF_8)).doesNotContain(secret);
    assertThat(SEALER.open("partner Paris", sealed)).isEqualTo(secret);
  }

  @Test
  void theSameSecretSealsDifferentlyEachTime() {
    assertThat(SEALER.seal("partner Paris", "Algiers:mrs_x")).isNotEqualTo(SEALER.seal("partner Paris",
        "Algiers:mrs_x"));
  }

  @Test
  void anotherKeyIsToldApartAndNamed() {
    String sealed = SEALER.seal("partner Paris", "Algiers:mrs_x");
    assertThatThrownBy(() -> OTHER.open("partner Paris", sealed)).isInstanceOf(SecretException.class)
        .hasMessageContaining(OTHER.key().file().toString()).hasMessageContaining(SEALER.key().id())
        .hasMessageContaining(OTHER.key().id());
  }

  @Test
  void aValueMovedToAnotherOwnerDoesNotOpen() {
    String sealed = SEALER.seal("partner Paris", "Algiers:mrs_x");
    assertThatThrownBy(() -> SEALER.open("partner Tunis", sealed)).isInstanceOf(SecretException.class)
        .hasMessageContaining("partner Tunis").hasMessageContaining("altered, or moved");
  }

  @Test
  void anAlteredValueDoesNotOpen() {
    String sealed = SEALER.seal("partner Paris", "Algiers:mrs_x");
    byte[] data = Base64.getDecoder().decode(sealed.substring(sealed.lastIndexOf(':') + 1));
    data[data.length / 2] ^= 1;
    String altered = sealed.substring(0, sealed.lastIndexOf(':') + 1) + Base64.getEncoder().encodeToString(data);
    assertThatThrownBy(() -> SEALER.open("partner Paris", altered)).isInstanceOf(SecretException.class)
        .hasMessageContaining("altered");
  }
}
