package org.marsad.app.kb;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import org.marsad.app.AppException;
import org.marsad.share.tls.Keystores;

/**
 * The keystore `marsad serve --tls-self-signed` makes on first use, under DATA/tls/: a self-signed certificate and
 * a random password kept beside it, readable by its owner only. For a demo or a first partner test; a real node is
 * given its own keystore with --tls-keystore.
 */
final class NodeTls {
  private NodeTls() {
  }

  record Made(Path keystore, char[] password) {
  }

  static Made selfSigned(Path dataDir, String name) {
    Path dir = dataDir.resolve("tls");
    Path keystore = dir.resolve("node.p12");
    Path passwordFile = dir.resolve("node.password");
    try {
      Files.createDirectories(dir);
      if (!Files.exists(passwordFile)) {
        byte[] b = new byte[24];
        new SecureRandom().nextBytes(b);
        Files.writeString(passwordFile, Base64.getUrlEncoder().withoutPadding().encodeToString(b),
            StandardCharsets.UTF_8);
        try {
          Files.setPosixFilePermissions(passwordFile, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException e) {
          // not a POSIX file system (Windows): the data directory's own permissions protect it
        }
      }
      char[] password = Files.readString(passwordFile, StandardCharsets.UTF_8).trim().toCharArray();
      Keystores.selfSigned(keystore, password, name);
      return new Made(keystore, password);
    } catch (IOException e) {
      throw new AppException(dir + ": cannot keep the self-signed keystore there: " + e.getMessage(), e);
    }
  }
}
