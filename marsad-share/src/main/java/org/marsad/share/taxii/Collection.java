package org.marsad.share.taxii;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.marsad.share.stix.Tlp;

/**
 * A TAXII collection. A readable one is a view of this node's publication: objects up to {@code maxTlp} of the
 * given STIX types (empty: all). A writable one keeps what partners post to it.
 */
public record Collection(String id, String alias, String title, String description, Tlp maxTlp,
                         Set<String> objectTypes, boolean canRead, boolean canWrite) {
  public Collection {
    objectTypes = Set.copyOf(objectTypes);
  }

  public boolean shows(StoredObject o) {
    return o.labels().tlp().compareTo(maxTlp) <= 0 && (objectTypes.isEmpty()
        || objectTypes.contains(o.labels().stixType()));
  }

  /** The collection resource (TAXII 2.1 section 5.2), as the caller may use it. */
  public Map<String, Object> resource(boolean callerReads, boolean callerWrites) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", id);
    m.put("title", title);
    m.put("description", description);
    m.put("alias", alias);
    m.put("can_read", canRead && callerReads);
    m.put("can_write", canWrite && callerWrites);
    m.put("media_types", List.of(MediaTypes.STIX));
    return m;
  }
}
