package org.marsad.share.taxii;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.jdbi.v3.core.Handle;
import org.marsad.share.stix.StixJson;

/**
 * Which object versions a caller may see. An object is judged as it is now, by its newest version: once an analyst
 * marks a fact RED, none of its versions is served to a partner limited to AMBER, even one published while it was
 * AMBER. A partner that was already sent such an earlier version gets, in its place, that version revoked (STIX
 * 2.1 section 3.6.2), so it drops what it may no longer hold (the marking downgrade of OpenCTI issue 4175, the
 * other way round) without learning anything new.
 */
public final class Visibility {
  private Visibility() {
  }

  /** The rows {@code allowed} admits under the newest-version rule, with withdrawals for what {@code had} held. */
  public static List<StoredObject> filter(List<StoredObject> all, Predicate<StoredObject> allowed, Set<String> had) {
    Map<String, StoredObject> newest = new HashMap<>();
    Map<String, StoredObject> lastAllowed = new HashMap<>();
    for (StoredObject o : all) {
      newest.put(o.id(), o); // rows come oldest first
      if (allowed.test(o)) {
        lastAllowed.put(o.id(), o);
      }
    }
    List<StoredObject> out = new ArrayList<>();
    Set<String> withdrawn = new HashSet<>();
    for (StoredObject o : all) {
      StoredObject now = newest.get(o.id());
      if (allowed.test(now)) {
        if (allowed.test(o)) {
          out.add(o);
        }
      } else if (had.contains(o.id()) && lastAllowed.containsKey(o.id()) && o == now && withdrawn.add(o.id())) {
        StoredObject prev = lastAllowed.get(o.id());
        out.add(new StoredObject(now.added(), now.collectionId(), now.id(), now.version(), now.specVersion(),
            prev.labels(), true, null, prev.added()));
      }
    }
    return out;
  }

  /** The objects this node sent the account (its audit log says), which it may have to withdraw. */
  public static Set<String> sentTo(Handle h, String account) {
    return new HashSet<>(h.createQuery("SELECT DISTINCT object_id FROM audit_log WHERE actor = :a AND action = 'SENT'")
        .bind("a", account).mapTo(String.class).list());
  }

  /** The JSON of a version the caller held, revoked as of {@code version}. */
  static String revoked(String body, String version) {
    @SuppressWarnings("unchecked")
    Map<String, Object> o = new LinkedHashMap<>(StixJson.MAPPER.readValue(body, Map.class));
    if (o.containsKey("modified")) {
      o.put("modified", version);
    }
    o.put("revoked", true);
    return StixJson.canonical(o);
  }
}
