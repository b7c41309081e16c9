package org.marsad.share.partner;

import java.net.URI;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Handle;
import org.marsad.share.ShareException;
import org.marsad.share.secret.SecretException;
import org.marsad.share.secret.Sealer;
import org.marsad.share.stix.Tlp;

/** The partners this node has a direct line with, over the store's {@code partner} table. */
public final class Partners {
  private final Handle h;

  public Partners(Handle h) {
    this.h = h;
  }

  /**
   * Registers a partner with the credentials this node signs in to its server with, sealed with the node key: the
   * store never holds them in clear.
   */
  public void add(Partner p, String credentials, Sealer sealer, Instant now) {
    if (find(p.name()).isPresent()) {
      throw new ShareException("partner " + p.name() + " exists already; remove it first to change it");
    }
    String sealed = sealer.seal(owner(p.name()), Partner.checkCredentials(p.name(), credentials));
    h.createUpdate("INSERT INTO partner (name, url, credentials, credentials_sealed, server_fingerprint, "
            + "identity_ref, pull_collection, push_collection, max_tlp, collections, entity_types, never_sources, "
            + "send_mode, created_at) VALUES (:n, :u, :c, TRUE, :f, :i, :pull, :push, :tlp, :cols, :types, :never, "
            + ":mode, :at)")
        .bind("n", p.name()).bind("u", p.apiRoot().toString()).bind("c", sealed)
        .bind("f", p.serverFingerprint().orElse(null)).bind("i", p.identity().orElse(null))
        .bind("pull", p.pullCollection()).bind("push", p.pushCollection()).bind("tlp", p.rules().maxTlp().name())
        .bind("cols", String.join("\n", new TreeSet<>(p.rules().collections())))
        .bind("types", p.rules().entityTypes().stream().map(Enum::name).sorted().collect(Collectors.joining(",")))
        .bind("never", Labels.join(p.rules().neverSources())).bind("mode", p.sendMode().name())
        .bind("at", Timestamp.from(now)).execute();
  }

  public Optional<Partner> find(String name) {
    return h.createQuery("SELECT * FROM partner WHERE name = :n").bind("n", name).map((rs, ctx) -> row(rs))
        .findOne();
  }

  public List<Partner> list() {
    return h.createQuery("SELECT * FROM partner ORDER BY name").map((rs, ctx) -> row(rs)).list();
  }

  /** The credentials this node signs in to the partner's server with, opened with the node key. */
  public String credentials(String name, Sealer sealer) {
    String[] row = h.createQuery("SELECT credentials, credentials_sealed FROM partner WHERE name = :n")
        .bind("n", name).map((rs, ctx) -> new String[] {rs.getString(1), String.valueOf(rs.getBoolean(2))})
        .findOne().orElseThrow(() -> new ShareException("no partner named '" + name + "'"));
    if (!row[1].equals("true")) {
      throw new SecretException("the credentials of partner " + name + " are still in clear; open the node key "
          + "first (CredentialKey seals them)");
    }
    return sealer.open(owner(name), row[0]);
  }

  /** Seals the credentials still kept in clear (a store from before they were sealed); returns the partners. */
  List<String> sealClear(Sealer sealer) {
    List<String[]> clear = h.createQuery("SELECT name, credentials FROM partner WHERE credentials_sealed = FALSE "
        + "ORDER BY name").map((rs, ctx) -> new String[] {rs.getString(1), rs.getString(2)}).list();
    List<String> out = new ArrayList<>();
    for (String[] r : clear) {
      h.createUpdate("UPDATE partner SET credentials = :c, credentials_sealed = TRUE WHERE name = :n")
          .bind("c", sealer.seal(owner(r[0]), r[1])).bind("n", r[0]).execute();
      out.add(r[0]);
    }
    return out;
  }

  /** The partners whose credentials are still in clear (registered before credentials were sealed). */
  public List<String> inClear() {
    return h.createQuery("SELECT name FROM partner WHERE credentials_sealed = FALSE ORDER BY name")
        .mapTo(String.class).list();
  }

  /** The partners whose credentials are sealed, whatever key sealed them. */
  List<String> sealed() {
    return h.createQuery("SELECT name FROM partner WHERE credentials_sealed = TRUE ORDER BY name")
        .mapTo(String.class).list();
  }

  /** What sealed credentials belong to: a value moved to another partner's row does not open there. */
  private static String owner(String partner) {
    return "partner " + partner;
  }

  public boolean remove(String name) {
    h.createUpdate("DELETE FROM partner_cursor WHERE partner = :n").bind("n", name).execute();
    return h.createUpdate("DELETE FROM partner WHERE name = :n").bind("n", name).execute() > 0;
  }

  /** Each partner's never-sources, read without anything else of the partner (an export needs no more). */
  public List<Set<String>> exclusions() {
    return h.createQuery("SELECT never_sources FROM partner ORDER BY name")
        .map((rs, ctx) -> Labels.split(rs.getString(1))).list();
  }

  /** The partner whose STIX identity this is, if one is registered with it. */
  public Optional<Partner> byIdentity(String identityRef) {
    return list().stream().filter(p -> p.identity().map(identityRef::equals).orElse(false)).findFirst();
  }

  private static Partner row(ResultSet rs) throws SQLException {
    Set<String> collections = Labels.split(rs.getString("collections"));
    String types = rs.getString("entity_types");
    Rules rules = new Rules(Tlp.valueOf(rs.getString("max_tlp")), collections, Rules.entityTypes(types),
        Labels.split(rs.getString("never_sources")));
    return new Partner(rs.getString("name"), URI.create(rs.getString("url")), Optional.ofNullable(rs.getString("server_fingerprint")), Optional.ofNullable(rs.getString("identity_ref")),
        rs.getString("pull_collection"), rs.getString("push_collection"), rules,
        Partner.SendMode.valueOf(rs.getString("send_mode")));
  }
}
