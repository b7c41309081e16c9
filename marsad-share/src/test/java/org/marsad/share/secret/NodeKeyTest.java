package org.marsad.share.secret;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The node key file: made for its owner only, read back the same, refused with its name when it is not right. */
class NodeKeyTest {
  @TempDir
  Path dir;

  @Test
  void aNewKeyIsItsOwnersOnlyAndReadsBackTheSame() throws Exception {
    Path file = dir.resolve("keys").resolve("node.key");
    NodeKey made = NodeKey.create(file);
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
    assertThat(Files.readAllLines(file)).hasSize(1);
    assertThat(NodeKey.load(file).id()).isEqualTo(made.id()).hasSize(16);
  }

  @Test
  void makingAKeyWhereOneIsKeepsTheOldOne() {
    Path file = dir.resolve("node.key");
    String first = NodeKey.create(file).id();
    assertThat(NodeKey.create(file).id()).isEqualTo(first);
  }

  @Test
  void aMissingKeyIsNamed() {
    Path file = dir.resolve("nowhere.key");
    assertThatThrownBy(() -> NodeKey.load(file)).isInstanceOf(SecretException.class)
        .hasMessageContaining(file.toString()).hasMessageContaining("missing");
  }

  @Test
  void aKeyOthersMayReadIsRefused() throws Exception {
    Path file = dir.resolve("node.key");
    NodeKey.create(file);
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
    assertThatThrownBy(() -> NodeKey.load(file)).isInstanceOf(SecretException.class)
        .hasMessageContaining(file.toString()).hasMessageContaining("chmod 600");
  }

  @Test
  void aFileThatIsNoKeyIsRefused() throws Exception {
    Path file = dir.resolve("node.key");
    Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
    Files.writeString(file, "not a key\n");
    assertThatThrownBy(() -> NodeKey.load(file)).isInstanceOf(SecretException.class)
        .hasMessageContaining(file.toString()).hasMessageContaining("not a Marsad node key");
  }
}
