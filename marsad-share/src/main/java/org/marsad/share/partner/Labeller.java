package org.marsad.share.partner;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.marsad.share.stix.MarsadExtension;
import org.marsad.share.stix.Tlp;

/**
 * Labels every object of a node's export for partners' rules, from the objects themselves: the TLP of its markings,
 * the entity types of an entity or of a fact's entities, and the sources behind it (a report's source; a fact's,
 * through the reports of its evidence; an entity's, through the reports that name it), and whether it quotes them.
 * What a fact's view leaves out cannot be read from the view (it must say nothing of it), so the export says it.
 */
public final class Labeller {
  private Labeller() {
  }

  /** @param withheld for each fact view, the sources it leaves out */
  public static Map<String, Labels> label(List<Map<String, Object>> objects, Map<String, Set<String>> withheld) {
    Map<String, String> entityType = new HashMap<>();
    Map<String, String> reportSource = new HashMap<>();
    Map<String, Set<String>> entitySources = new HashMap<>();
    for (Map<String, Object> o : objects) {
      Map<String, Object> ext = extension(o);
      Object kind = ext.get("kind");
      if ("entity".equals(kind) && ext.get("entity_type") instanceof String t) {
        entityType.put(id(o), t);
      } else if ("report".equals(kind) && ext.get("source") instanceof String s) {
        reportSource.put(id(o), s);
        for (String ref : strings(o.get("object_refs"))) {
          entitySources.computeIfAbsent(ref, k -> new HashSet<>()).add(s);
        }
      }
    }
    Map<String, Labels> out = new HashMap<>();
    for (Map<String, Object> o : objects) {
      Map<String, Object> ext = extension(o);
      Object kind = ext.get("kind");
      Set<String> types = new HashSet<>();
      Set<String> sources = new HashSet<>();
      if ("entity".equals(kind)) {
        Optional.ofNullable(entityType.get(id(o))).ifPresent(types::add);
        sources.addAll(entitySources.getOrDefault(id(o), Set.of()));
      } else if ("report".equals(kind)) {
        Optional.ofNullable(reportSource.get(id(o))).ifPresent(sources::add);
      } else if ("source".equals(kind) && o.get("name") instanceof String n) {
        sources.add(n);
      } else if ("fact".equals(kind)) {
        if (ext.get("roles") instanceof Map<?, ?> roles) {
          roles.values().forEach(ids -> strings(ids).forEach(e -> Optional.ofNullable(entityType.get(e))
              .ifPresent(types::add)));
        }
        if (ext.get("evidence") instanceof List<?> evidence) {
          for (Object ev : evidence) {
            if (ev instanceof Map<?, ?> m && m.get("report_ref") instanceof String r) {
              Optional.ofNullable(reportSource.get(r)).ifPresent(sources::add);
            }
          }
        }
      }
      boolean quotes = "fact".equals(kind) || "report".equals(kind) || "source".equals(kind);
      out.put(id(o), new Labels(tlp(o), String.valueOf(o.get("type")), types, sources, quotes,
          withheld.getOrDefault(id(o), Set.of())));
    }
    return out;
  }

  /** The strictest TLP among the object's markings; CLEAR when it has none (definitions, the node itself). */
  public static Tlp tlp(Map<String, Object> o) {
    Tlp t = Tlp.CLEAR;
    for (String ref : strings(o.get("object_marking_refs"))) {
      t = t.stricter(Tlp.byMarkingId(ref).orElse(Tlp.RED)); // a marking we cannot read is taken at its strictest
    }
    return t;
  }

  private static String id(Map<String, Object> o) {
    return String.valueOf(o.get("id"));
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> extension(Map<String, Object> o) {
    if (o.get("extensions") instanceof Map<?, ?> exts && exts.get(MarsadExtension.PROPERTIES) instanceof Map<?, ?> b) {
      return (Map<String, Object>) b;
    }
    return Map.of();
  }

  private static List<String> strings(Object v) {
    if (v instanceof List<?> l) {
      return l.stream().filter(x -> x instanceof String).map(x -> (String) x).toList();
    }
    return List.of();
  }
}
