package org.marsad.share.export;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.marsad.share.stix.MarsadExtension;
import org.marsad.share.stix.StixId;
import org.marsad.share.stix.Tlp;

/** The common properties of every object a node issues: type, id, creator, marking and the Marsad extension. */
final class Sdo {

  private Sdo() {
  }

  static Map<String, Object> start(StixId id, NodeIdentity node, Tlp marking) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("type", id.type());
    m.put("spec_version", "2.1");
    m.put("id", id.toString());
    m.put("created_by_ref", node.id());
    m.put("object_marking_refs", List.of(marking.markingId()));
    return m;
  }

  /** Adds the Marsad property extension (and the aliases one when the object carries x_marsad_aliases). */
  static void extend(Map<String, Object> m, Map<String, Object> body) {
    Map<String, Object> ext = new LinkedHashMap<>();
    ext.put(MarsadExtension.PROPERTIES, body);
    if (m.containsKey(MarsadExtension.ALIASES_PROPERTY)) {
      ext.put(MarsadExtension.ALIASES, Map.of("extension_type", "toplevel-property-extension"));
    }
    m.put("extensions", ext);
  }

  /** STIX forbids empty lists and nulls: a property with nothing to say is left out. */
  static void putIfAny(Map<String, Object> m, String key, Object value) {
    if (value == null || value instanceof List<?> l && l.isEmpty() || value instanceof String s && s.isBlank()) {
      return;
    }
    m.put(key, value);
  }
}
