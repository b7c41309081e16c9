package org.marsad.app.kb;

import java.time.Instant;
import java.util.Optional;
import org.marsad.kb.store.Database;
import org.marsad.share.account.Account;
import org.marsad.share.account.Accounts;
import org.marsad.share.account.Role;

/** The admin account a store gets on its first `marsad serve`, and the demo's sign-in. */
public final class FirstAccount {
  private FirstAccount() {
  }

  /** The token of a new "admin" account, when the store has no admin yet (partners' accounts may exist). */
  static Optional<String> ensureAdmin(StoreOptions store) {
    try (Database db = Database.open(store.location())) {
      return db.inTransaction(h -> {
        Accounts accounts = new Accounts(h);
        if (accounts.list().stream().anyMatch(a -> a.role() == Role.ADMIN)) {
          return Optional.<String>empty();
        }
        String name = accounts.find("admin").isPresent() ? "admin-" + Instant.now().getEpochSecond() : "admin";
        return Optional.of(accounts.create(new Account(name, Role.ADMIN), Instant.now()));
      });
    }
  }

  /** A new token of the "demo" analyst account, made if missing: each demo run signs in afresh. */
  public static String demoToken(StoreOptions store) {
    try (Database db = Database.open(store.location())) {
      return db.inTransaction(h -> {
        Accounts accounts = new Accounts(h);
        if (accounts.find("demo").isEmpty()) {
          return accounts.create(new Account("demo", Role.ANALYST), Instant.now());
        }
        return accounts.issueToken("demo", "marsad demo " + Instant.now(), Instant.now());
      });
    }
  }
}
