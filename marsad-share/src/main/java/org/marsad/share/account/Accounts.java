package org.marsad.share.account;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.marsad.share.ShareException;

/** Accounts, their hashed tokens and pinned client certificates, over the store's account tables. */
public final class Accounts {
  /** How many characters of a token may reach the store: anything longer is no token of ours. */
  private static final int MAX_TOKEN = 200;
  private static final org.jdbi.v3.core.mapper.RowMapper<Account> ACCOUNT = (rs, ctx) -> new Account(rs.getString(1),
      Role.valueOf(rs.getString(2)));
  private final Handle h;

  public Accounts(Handle h) {
    this.h = h;
  }

  /** Creates the account and returns its first token, which is shown once and never stored. */
  public String create(Account a, Instant now) {
    if (find(a.name()).isPresent()) {
      throw new ShareException("account " + a.name() + " exists already");
    }
    h.createUpdate("INSERT INTO account (name, role, created_at) VALUES (:n, :r, :at)").bind("n", a.name())
        .bind("r", a.role().name()).bind("at", Timestamp.from(now)).execute();
    return issueToken(a.name(), "first token", now);
  }

  /** A new token for the account, beside any it has. */
  public String issueToken(String account, String label, Instant now) {
    find(account).orElseThrow(() -> new ShareException("no account named '" + account + "'"));
    String token = Tokens.generate();
    h.createUpdate("INSERT INTO account_token (token_hash, account, label, created_at) VALUES (:h, :a, :l, :at)")
        .bind("h", Tokens.hash(token)).bind("a", account).bind("l", label.length() > 200 ? label.substring(0, 200)
            : label).bind("at", Timestamp.from(now)).execute();
    return token;
  }

  /** Withdraws every token of the account; its certificates stay. */
  public int revokeTokens(String account) {
    return h.createUpdate("DELETE FROM account_token WHERE account = :a").bind("a", account).execute();
  }

  public Optional<Account> find(String name) {
    return h.createQuery("SELECT name, role FROM account WHERE name = :n").bind("n", name)
        .map(ACCOUNT).findOne();
  }

  public List<Account> list() {
    return h.createQuery("SELECT name, role FROM account ORDER BY name")
        .map(ACCOUNT).list();
  }

  public boolean isEmpty() {
    return h.createQuery("SELECT COUNT(*) FROM account").mapTo(Long.class).one() == 0;
  }

  public boolean remove(String name) {
    h.createUpdate("DELETE FROM account_token WHERE account = :a").bind("a", name).execute();
    h.createUpdate("DELETE FROM account_certificate WHERE account = :a").bind("a", name).execute();
    return h.createUpdate("DELETE FROM account WHERE name = :a").bind("a", name).execute() > 0;
  }

  /** The account a bearer token belongs to; a token of another account given with a name does not match. */
  public Optional<Account> byToken(String token) {
    if (token == null || token.isEmpty() || token.length() > MAX_TOKEN) {
      return Optional.empty();
    }
    return h.createQuery("SELECT a.name, a.role FROM account_token t JOIN account a ON a.name = t.account "
            + "WHERE t.token_hash = :h").bind("h", Tokens.hash(token))
        .map(ACCOUNT).findOne();
  }

  /** HTTP Basic: the user is the account name and the password one of its tokens. */
  public Optional<Account> byPassword(String name, String token) {
    return byToken(token).filter(a -> a.name().equals(name));
  }

  public void pinCertificate(String account, String fingerprint, String subject, Instant now) {
    find(account).orElseThrow(() -> new ShareException("no account named '" + account + "'"));
    if (!fingerprint.matches("[0-9a-f]{64}")) {
      throw new ShareException("a certificate fingerprint is 64 lower-case hex digits (SHA-256), got '"
          + fingerprint + "'");
    }
    h.createUpdate("DELETE FROM account_certificate WHERE fingerprint = :f").bind("f", fingerprint).execute();
    h.createUpdate("INSERT INTO account_certificate (fingerprint, account, subject, created_at) "
            + "VALUES (:f, :a, :s, :at)").bind("f", fingerprint).bind("a", account)
        .bind("s", subject.length() > 1000 ? subject.substring(0, 1000) : subject).bind("at", Timestamp.from(now))
        .execute();
  }

  public Optional<Account> byCertificate(String fingerprint) {
    return h.createQuery("SELECT a.name, a.role FROM account_certificate c JOIN account a ON a.name = c.account "
            + "WHERE c.fingerprint = :f").bind("f", fingerprint)
        .map(ACCOUNT).findOne();
  }
}
