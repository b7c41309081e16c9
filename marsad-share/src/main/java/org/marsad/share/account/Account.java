package org.marsad.share.account;

import java.util.regex.Pattern;
import org.marsad.share.ShareException;

/** Someone who may sign in: a name (a partner account is named after the partner) and a role. */
public record Account(String name, Role role) {
  private static final Pattern NAME = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}._-]{0,99}");

  public Account {
    checkName(name);
    if (role == null) {
      throw new ShareException("account " + name + " has no role");
    }
  }

  /** Names appear in audit records and Basic credentials: letters, digits, '.', '_', '-', no ':' nor spaces. */
  public static String checkName(String name) {
    if (name == null || !NAME.matcher(name).matches()) {
      throw new ShareException("an account or partner name is 1-100 letters, digits, '.', '_' or '-', starting "
          + "with a letter or digit; got '" + name + "'");
    }
    return name;
  }
}
