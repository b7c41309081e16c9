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
}
