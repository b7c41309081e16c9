package org.marsad.share.account;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;
import org.marsad.kb.source.Sha256;

/**
 * API tokens: 32 bytes from a {@link SecureRandom}, written in base64url with a prefix that makes a leaked token
 * easy to spot in logs. Only the SHA-256 of a token is stored; with 256 bits of randomness no slow hash is needed.
 */
public final class Tokens {
  static final String PREFIX = "mrs_";
  private static final SecureRandom RANDOM = new SecureRandom();

  private Tokens() {
  }

  public static String generate() {
    byte[] b = new byte[32];
    RANDOM.nextBytes(b);
    return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(b);
  }

  public static String hash(String token) {
    return Sha256.hex(token.getBytes(StandardCharsets.UTF_8));
  }
}
