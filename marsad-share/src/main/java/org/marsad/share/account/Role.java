package org.marsad.share.account;

import java.util.Locale;
import org.marsad.share.ShareException;

/**
 * What an account may do. An admin manages accounts, partners and collections and may delete TAXII objects; an
 * analyst uses the web app and its API; a partner reaches only TAXII, under its partner rules.
 */
public enum Role {
  ADMIN,
  ANALYST,
  PARTNER;

  public static Role parse(String s) {
    try {
      return valueOf(s.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException | NullPointerException e) {
      throw new ShareException("not a role: '" + s + "' (admin, analyst or partner)");
    }
  }

  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
