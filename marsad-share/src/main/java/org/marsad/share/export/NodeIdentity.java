package org.marsad.share.export;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.Handle;
import org.marsad.share.stix.MarsadExtension;
import org.marsad.share.stix.StixId;
import org.marsad.share.stix.StixJson;

/**
 * This node as a STIX identity: a UUID made once per store, which is both the identity's id and the namespace of
 * every id the node issues, so that two nodes never issue the same id and one node always issues the same one.
 */
public record NodeIdentity(UUID namespace, String name, Instant created) {
  static final String KEY_UUID = "node.uuid";
  static final String KEY_NAME = "node.name";
  static final String KEY_CREATED = "node.created";

  public String id() {
    return "identity--" + namespace;
  }

  public StixId derive(String type, String marsadKey) {
    return StixId.derived(type, namespace, marsadKey);
  }

  /** The store's node identity, made at first use with the given name ("Marsad" when none is given). */
  public static NodeIdentity of(Handle h, Optional<String> name, Instant now) {
    Optional<String> uuid = setting(h, KEY_UUID);
    if (uuid.isEmpty()) {
      put(h, KEY_UUID, UUID.randomUUID().toString());
      put(h, KEY_CREATED, now.toString());
      put(h, KEY_NAME, name.orElse("Marsad"));
    } else if (name.isPresent() && !name.get().equals(setting(h, KEY_NAME).orElse(""))) {
      h.createUpdate("UPDATE share_setting SET setting_value = :v WHERE setting_key = :k").bind("k", KEY_NAME)
          .bind("v", name.get()).execute();
    }
    return new NodeIdentity(UUID.fromString(setting(h, KEY_UUID).orElseThrow()), setting(h, KEY_NAME).orElseThrow(),
        Instant.parse(setting(h, KEY_CREATED).orElseThrow()));
  }

  Map<String, Object> object() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("type", "identity");
    m.put("spec_version", "2.1");
    m.put("id", id());
    m.put("name", name);
    m.put("description", "A Marsad node: reports read, graded and connected by its analysts.");
    m.put("identity_class", "organization");
    m.put("extensions", Map.of(MarsadExtension.PROPERTIES, MarsadExtension.body("node")));
    return m;
  }

  private static Optional<String> setting(Handle h, String key) {
    return h.createQuery("SELECT setting_value FROM share_setting WHERE setting_key = :k").bind("k", key)
        .mapTo(String.class).findOne();
  }

  private static void put(Handle h, String key, String value) {
    h.createUpdate("INSERT INTO share_setting (setting_key, setting_value) VALUES (:k, :v)").bind("k", key)
        .bind("v", value).execute();
  }
}
