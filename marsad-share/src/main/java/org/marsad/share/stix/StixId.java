package org.marsad.share.stix;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.UUID;
import java.util.regex.Pattern;
import org.marsad.share.ShareException;

/**
 * A STIX identifier, {@code type--UUID} (STIX 2.1 section 2.9). Ids Marsad issues are UUIDv5 (RFC 9562 section
 * 5.5) of a stable Marsad identity under the node's namespace, so exporting the same store again gives the same
 * ids.
 */
public record StixId(String type, UUID uuid) {
  private static final Pattern FORM = Pattern.compile("([a-z][a-z0-9-]+[a-z0-9])--([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-"
      + "[1-5][0-9a-fA-F]{3}-[89abAB][0-9a-fA-F]{3}-[0-9a-fA-F]{12})");

  public StixId {
    if (!FORM.matcher(type + "--" + uuid).matches()) {
      throw new ShareException("not a STIX identifier: " + type + "--" + uuid);
    }
  }

  public static StixId parse(String id) {
    var m = id == null ? null : FORM.matcher(id);
    if (m == null || !m.matches()) {
      throw new ShareException("not a STIX identifier: '" + id + "'");
    }
    return new StixId(m.group(1), UUID.fromString(m.group(2)));
  }

  public static boolean isValid(String id) {
    return id != null && FORM.matcher(id).matches();
  }

  /** The id of {@code name} of this type under {@code namespace}: the same inputs always give the same id. */
  public static StixId derived(String type, UUID namespace, String name) {
    return new StixId(type, uuidV5(namespace, name));
  }

  static UUID uuidV5(UUID namespace, String name) {
    MessageDigest sha1;
    try {
      sha1 = MessageDigest.getInstance("SHA-1");
    } catch (NoSuchAlgorithmException e) {
      throw new ShareException("this Java runtime has no SHA-1, which UUIDv5 needs", e);
    }
    sha1.update(toBytes(namespace));
    byte[] h = sha1.digest(name.getBytes(StandardCharsets.UTF_8));
    h[6] = (byte) ((h[6] & 0x0f) | 0x50); // version 5
    h[8] = (byte) ((h[8] & 0x3f) | 0x80); // RFC variant
    long msb = 0;
    long lsb = 0;
    for (int i = 0; i < 8; i++) {
      msb = (msb << 8) | (h[i] & 0xff);
      lsb = (lsb << 8) | (h[i + 8] & 0xff);
    }
    return new UUID(msb, lsb);
  }

  private static byte[] toBytes(UUID u) {
    byte[] b = new byte[16];
    for (int i = 0; i < 8; i++) {
      b[i] = (byte) (u.getMostSignificantBits() >>> (56 - 8 * i));
      b[i + 8] = (byte) (u.getLeastSignificantBits() >>> (56 - 8 * i));
    }
    return b;
  }

  @Override
  public String toString() {
    return type + "--" + uuid;
  }
}
