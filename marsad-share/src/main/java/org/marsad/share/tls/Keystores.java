package org.marsad.share.tls;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.MessageDigest;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * PKCS#12 keystores: reading one, its certificate's SHA-256 fingerprint (what partners pin), and making a
 * self-signed one for a demo or a first start. The JDK has no public API to sign a certificate, so the running JDK's
 * own {@code keytool} makes it; nothing is downloaded.
 */
public final class Keystores {
  private Keystores() {
  }

  public static KeyStore load(Path file, char[] password) {
    try (InputStream in = Files.newInputStream(file)) {
      KeyStore ks = KeyStore.getInstance("PKCS12");
      ks.load(in, password);
      if (certificate(ks).isEmpty()) {
        throw new TlsException(file + ": the keystore holds no key with a certificate");
      }
      return ks;
    } catch (IOException | GeneralSecurityException e) {
      throw new TlsException(file + ": cannot read it as a PKCS#12 keystore with the password given: "
          + e.getMessage(), e);
    }
  }

  /** The certificate of the keystore's first key entry. */
  public static java.util.Optional<X509Certificate> certificate(KeyStore ks) {
    try {
      for (String alias : Collections.list(ks.aliases())) {
        if (ks.isKeyEntry(alias) && ks.getCertificate(alias) instanceof X509Certificate c) {
          return java.util.Optional.of(c);
        }
      }
      return java.util.Optional.empty();
    } catch (GeneralSecurityException e) {
      throw new TlsException("cannot list the keystore's entries: " + e.getMessage(), e);
    }
  }

  /** The SHA-256 of the certificate's DER encoding, lower-case hex: what `openssl x509 -fingerprint -sha256` shows. */
  public static String fingerprint(Certificate c) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(c.getEncoded()));
    } catch (GeneralSecurityException e) {
      throw new TlsException("cannot encode the certificate: " + e.getMessage(), e);
    }
  }

  /**
   * Makes a PKCS#12 keystore with an EC P-256 key and a certificate for {@code commonName}, valid for localhost and
   * 127.0.0.1, unless the file exists already. Returns the file.
   */
  public static Path selfSigned(Path file, char[] password, String commonName) {
    if (Files.exists(file)) {
      return file;
    }
    if (password.length < 6) {
      throw new TlsException(file + ": a keystore password needs at least 6 characters");
    }
    if (!commonName.matches("[\\p{L}\\p{N} ._-]{1,64}")) {
      throw new TlsException("a certificate name is 1-64 letters, digits, spaces, '.', '_' or '-', not '"
          + commonName + "'");
    }
    Path keytool = Path.of(System.getProperty("java.home"), "bin", "keytool");
    if (!Files.isExecutable(keytool)) {
      throw new TlsException("cannot make a self-signed certificate: this Java runtime has no keytool at " + keytool
          + "; give a keystore with --tls-keystore");
    }
    try {
      Files.createDirectories(file.toAbsolutePath().getParent());
      List<String> cmd = new ArrayList<>(List.of(keytool.toString(), "-genkeypair", "-alias", "marsad", "-keyalg",
          "EC", "-groupname", "secp256r1", "-sigalg", "SHA256withECDSA", "-dname", "CN=" + commonName, "-ext",
          "SAN=dns:localhost,ip:127.0.0.1", "-validity", "825", "-storetype", "PKCS12", "-keystore",
          file.toString(), "-storepass:env", "MARSAD_KEYTOOL_PASS", "-keypass:env", "MARSAD_KEYTOOL_PASS"));
      ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
      pb.environment().put("MARSAD_KEYTOOL_PASS", new String(password)); // never on a command line
      Process p = pb.start();
      String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0 || !Files.exists(file)) {
        throw new TlsException("keytool could not make " + file + ": " + output.strip());
      }
      return file;
    } catch (IOException e) {
      throw new TlsException("cannot run keytool to make " + file + ": " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new TlsException("interrupted while making " + file, e);
    }
  }
}
