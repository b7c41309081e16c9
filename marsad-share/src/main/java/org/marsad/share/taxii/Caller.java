package org.marsad.share.taxii;

import org.marsad.share.account.Account;
import org.marsad.share.account.Role;
import org.marsad.share.partner.Rules;

/** Who is asking, and what they may see: an analyst or admin everything, a partner what its rules allow. */
public record Caller(Account account, Rules rules) {

  public String name() {
    return account.name();
  }

  public boolean isPartner() {
    return account.role() == Role.PARTNER;
  }

  public boolean isAdmin() {
    return account.role() == Role.ADMIN;
  }
}
