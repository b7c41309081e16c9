package org.marsad.share.taxii;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jdbi.v3.core.Handle;
import org.marsad.share.ShareException;
import org.marsad.share.partner.Labels;
import org.marsad.share.stix.Tlp;

/**
 * The node's TAXII collections. Two exist from the first use: {@code picture}, everything this node publishes
 * (what each partner sees of it is still up to the partner's rules), and {@code inbox}, where partners post.
 */
public final class Collections {
  public static final String PICTURE = "picture";
  public static final String INBOX = "inbox";
  private final Handle h;

  public Collections(Handle h) {
    this.h = h;
  }

  public List<Collection> list() {
    ensureDefaults();
    return h.createQuery("SELECT * FROM taxii_collection ORDER BY alias").map((rs, ctx) -> row(rs)).list();
  }

  /** By id, or by alias as a convenience for people typing URLs. */
  public Optional<Collection> find(String idOrAlias) {
    return list().stream().filter(c -> c.id().equals(idOrAlias) || c.alias().equals(idOrAlias)).findFirst();
  }

  public Collection add(String alias, String title, String description, Tlp maxTlp, Set<String> objectTypes,
                        boolean canRead, boolean canWrite) {
    if (!alias.matches("[a-z0-9][a-z0-9-]{0,99}")) {
      throw new ShareException("a collection alias is 1-100 lower-case letters, digits or '-', got '" + alias + "'");
    }
    if (find(alias).isPresent()) {
      throw new ShareException("collection " + alias + " exists already");
    }
    Collection c = new Collection(UUID.randomUUID().toString(), alias, title, description, maxTlp, objectTypes,
        canRead, canWrite);
    insert(c);
    return c;
  }

  public boolean remove(String alias) {
    return h.createUpdate("DELETE FROM taxii_collection WHERE alias = :a").bind("a", alias).execute() > 0;
  }

  private void ensureDefaults() {
    long n = h.createQuery("SELECT COUNT(*) FROM taxii_collection").mapTo(Long.class).one();
    if (n == 0) {
      insert(new Collection(UUID.randomUUID().toString(), PICTURE, "The picture",
          "Everything this Marsad node shares: groups, people, places, facts and reports, each with its TLP "
              + "marking; a partner sees what its rules allow.", Tlp.RED, Set.of(), true, false));
      insert(new Collection(UUID.randomUUID().toString(), INBOX, "Inbox",
          "Where partners post STIX objects; they are taken in as evidence from their creator.", Tlp.RED, Set.of(),
          false, true));
    }
  }

  private void insert(Collection c) {
    h.createUpdate("INSERT INTO taxii_collection (id, alias, title, description, max_tlp, object_types, can_read, "
            + "can_write) VALUES (:id, :alias, :title, :d, :tlp, :types, :r, :w)").bind("id", c.id())
        .bind("alias", c.alias()).bind("title", c.title()).bind("d", c.description()).bind("tlp", c.maxTlp().name())
        .bind("types", Labels.join(c.objectTypes())).bind("r", c.canRead()).bind("w", c.canWrite()).execute();
  }

  private static Collection row(ResultSet rs) throws SQLException {
    return new Collection(rs.getString("id").trim(), rs.getString("alias"), rs.getString("title"),
        rs.getString("description"), Tlp.valueOf(rs.getString("max_tlp")), Labels.split(rs.getString("object_types")),
        rs.getBoolean("can_read"), rs.getBoolean("can_write"));
  }
}
