package org.marsad.share.partner;

import java.net.URI;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Handle;
import org.marsad.share.ShareException;
import org.marsad.share.stix.Tlp;

/** The partners this node has a direct line with, over the store's {@code partner} table. */
public final class Partners {
  private final Handle h;

  public Partners(Handle h) {
    this.h = h;
  }

  public void add(Partner p, Instant now) {
    if (find(p.name()).isPresent()) {
      throw new ShareException("partner " + p.name() + " exists already; remove it first to change it");
    }
    h.createUpdate("INSERT INTO partner (name, url, credentials, server_fingerprint, identity_ref, pull_collection, "
            + "push_collection, max_tlp, collections, entity_types, never_sources, send_mode, created_at) VALUES "
            + "(:n, :u, :c, :f, :i, :pull, :push, :tlp, :cols, :types, :never, :mode, :at)")
        .bind("n", p.name()).bind("u", p.apiRoot().toString()).bind("c", p.credentials())
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
    return new Partner(rs.getString("name"), URI.create(rs.getString("url")), rs.getString("credentials"),
        Optional.ofNullable(rs.getString("server_fingerprint")), Optional.ofNullable(rs.getString("identity_ref")),
        rs.getString("pull_collection"), rs.getString("push_collection"), rules,
        Partner.SendMode.valueOf(rs.getString("send_mode")));
  }
}
