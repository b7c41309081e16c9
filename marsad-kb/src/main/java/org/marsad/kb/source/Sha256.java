package org.marsad.kb.source;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** SHA-256 in lower-case hex: the key under which the store archives an original, so equal bytes, equal key. */
public final class Sha256 {
  private Sha256() {
  }

  public static String hex(byte[] bytes) {
    return HexFormat.of().formatHex(digest().digest(bytes));
  }

  private static MessageDigest digest() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      // Every Java platform is required to provide SHA-256, so this is a broken runtime, not bad input.
      throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
    }
  }
}
