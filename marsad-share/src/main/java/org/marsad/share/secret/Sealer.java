package org.marsad.share.secret;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;

/**
 * Seals short secrets with the node key: AES-256-GCM (NIST SP 800-38D) with a fresh random 96-bit nonce for each
 * value and a 128-bit tag, so that a sealed value can be neither read nor altered without the key. What the secret
 * belongs to (e.g. "partner Paris") is authenticated with it, so that a value moved to another row does not open.
 * A sealed value reads {@code aes-gcm:KEY_ID:BASE64(nonce, ciphertext and tag)}.
 */
public final class Sealer {
  private static final String PREFIX = "aes-gcm:";
  private static final int NONCE_BYTES = 12;
  private static final int TAG_BITS = 128;
  private final NodeKey key;
  private final SecureRandom random = new SecureRandom();

  public Sealer(NodeKey key) {
    this.key = key;
  }

  public NodeKey key() {
    return key;
  }

  public String seal(String owner, String secret) {
    byte[] nonce = new byte[NONCE_BYTES];
    random.nextBytes(nonce);
    try {
      Cipher c = cipher(Cipher.ENCRYPT_MODE, nonce, owner);
      byte[] sealed = c.doFinal(secret.getBytes(StandardCharsets.UTF_8));
      byte[] out = ByteBuffer.allocate(nonce.length + sealed.length).put(nonce).put(sealed).array();
      return PREFIX + key.id() + ":" + Base64.getEncoder().encodeToString(out);
    } catch (GeneralSecurityException e) {
      throw new SecretException("cannot seal the secret of " + owner + " with the node key " + key.file() + ": "
          + e.getMessage(), e);
    }
  }

  /** The secret a value sealed for {@code owner} holds; refused, saying why, if this key cannot open it. */
  public String open(String owner, String sealed) {
    String[] parts = sealed.split(":", 3);
    if (parts.length != 3 || !(parts[0] + ":").equals(PREFIX)) {
      throw new SecretException("the stored secret of " + owner + " is not a sealed value (" + PREFIX
          + "KEY_ID:DATA)");
    }
    if (!parts[1].equals(key.id())) {
      throw new SecretException("the secret of " + owner + " was sealed with node key " + parts[1] + ", but "
          + key.file() + " holds key " + key.id() + ": give the key file it was sealed with (--node-key or "
          + "MARSAD_NODE_KEY)");
    }
    byte[] data;
    try {
      data = Base64.getDecoder().decode(parts[2]);
    } catch (IllegalArgumentException e) {
      data = new byte[0];
    }
    if (data.length < NONCE_BYTES + TAG_BITS / 8) {
      throw new SecretException("the stored secret of " + owner + " is damaged: " + data.length + " bytes, fewer "
          + "than a nonce and a tag");
    }
    try {
      Cipher c = cipher(Cipher.DECRYPT_MODE, java.util.Arrays.copyOf(data, NONCE_BYTES), owner);
      return new String(c.doFinal(data, NONCE_BYTES, data.length - NONCE_BYTES), StandardCharsets.UTF_8);
    } catch (AEADBadTagException e) {
      throw new SecretException("the stored secret of " + owner + " does not open with the node key " + key.file()
          + " (key " + key.id() + "): it was altered, or moved from another row", e);
    } catch (GeneralSecurityException e) {
      throw new SecretException("cannot open the secret of " + owner + " with the node key " + key.file() + ": "
          + e.getMessage(), e);
    }
  }

  private Cipher cipher(int mode, byte[] nonce, String owner) throws GeneralSecurityException {
    Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
    c.init(mode, key.key(), new GCMParameterSpec(TAG_BITS, nonce));
    c.updateAAD(owner.getBytes(StandardCharsets.UTF_8));
    return c;
  }
}
