package org.marsad.kb.query;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.marsad.extract.EntityType;
import org.marsad.kb.resolve.NameKey;
import org.marsad.kb.store.Entities;
import org.marsad.kb.store.StoredEntity;

/**
 * Finds the entities an analyst means by a name typed in any script: an ident ("group/aqim"), a stored name
 * or alias, or else any name with the same {@link NameKey} ("Belmokhtar Mokhtar" finds "مختار بلمختار").
 * Results are canonical: merged entities come back as the entity they were merged into.
 */
public final class EntityLookup {
  private final Entities entities;
  private final NameKey nameKey;

  public EntityLookup(Entities entities, NameKey nameKey) {
    this.entities = entities;
    this.nameKey = nameKey;
  }

  public List<StoredEntity> find(String typed) {
    Map<Long, StoredEntity> out = new LinkedHashMap<>();
    for (StoredEntity e : entities.search(typed.trim(), NameKey.exact(typed))) {
      StoredEntity c = entities.canonical(e);
      out.putIfAbsent(c.id(), c);
    }
    if (out.isEmpty()) {
      for (EntityType t : EntityType.values()) {
        nameKey.of(t, typed).ifPresent(k -> entities.byKey(k).forEach(e -> {
          StoredEntity c = entities.canonical(e);
          out.putIfAbsent(c.id(), c);
        }));
      }
    }
    return List.copyOf(out.values());
  }

  /**
   * Search-facet labels for names an analyst typed. Facet values are the entities' display labels, and an
   * analyst may type any name of them, in either script ("AQIM", "القاعدة في بلاد المغرب الإسلامي"); a name the
   * store does not know is kept as typed, and then simply matches nothing.
   */
  public List<String> facetLabels(List<String> typed) {
    List<String> out = new java.util.ArrayList<>();
    for (String t : typed) {
      List<StoredEntity> found = find(t);
      if (found.isEmpty()) {
        out.add(t);
      }
      found.forEach(e -> out.add(org.marsad.kb.index.FacetLabels.label(e.name(), e.nameEn())));
    }
    return out;
  }
}
