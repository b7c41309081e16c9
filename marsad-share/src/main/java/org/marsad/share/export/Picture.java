package org.marsad.share.export;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jdbi.v3.core.Handle;
import org.marsad.kb.query.Fact;
import org.marsad.kb.query.FactBuilder;
import org.marsad.kb.store.ClaimFilter;
import org.marsad.kb.store.Claims;
import org.marsad.kb.store.Entities;
import org.marsad.kb.store.Reports;
import org.marsad.kb.store.Source;
import org.marsad.kb.store.Sources;
import org.marsad.kb.store.StoredEntity;
import org.marsad.kb.store.StoredReport;

/**
 * Everything an export shares, read from the store at once: canonical entities with their names, every fact,
 * every complete report with the entities it names, and the sources.
 */
public record Picture(Map<Long, StoredEntity> entities, Map<Long, List<String>> aliases, List<Fact> facts,
                      List<StoredReport> reports, Map<Long, Set<Long>> namedIn, Map<String, Source> sources) {

  public static Picture read(Handle h) {
    Entities entities = new Entities(h);
    Map<Long, StoredEntity> canonical = new LinkedHashMap<>();
    Map<Long, List<String>> aliases = new HashMap<>();
    for (Long id : h.createQuery("SELECT id FROM entity WHERE merged_into IS NULL ORDER BY id").mapTo(Long.class)
        .list()) {
      canonical.put(id, entities.byId(id).orElseThrow());
      aliases.put(id, entities.aliases(id));
    }
    Reports reports = new Reports(h);
    List<StoredReport> stored = new ArrayList<>();
    h.createQuery("SELECT id FROM report WHERE complete = TRUE ORDER BY id").mapTo(Long.class).list()
        .forEach(id -> stored.add(reports.byId(id).orElseThrow()));
    Map<Long, Set<Long>> namedIn = new HashMap<>();
    h.createQuery("SELECT DISTINCT m.report_id, COALESCE(e.merged_into, e.id) AS canonical FROM mention m "
            + "JOIN entity e ON e.id = m.entity_id ORDER BY m.report_id")
        .map((rs, ctx) -> new long[] {rs.getLong(1), rs.getLong(2)})
        .forEach(p -> namedIn.computeIfAbsent(p[0], k -> new LinkedHashSet<>()).add(p[1]));
    Map<String, Source> sources = new LinkedHashMap<>();
    new Sources(h).stats().forEach(s -> sources.put(s.source().name(), s.source()));
    List<Fact> facts = new FactBuilder(reports).build(new Claims(h).find(ClaimFilter.all()));
    return new Picture(canonical, aliases, facts, stored, namedIn, sources);
  }

  public String ident(long entityId) {
    StoredEntity e = entities.get(entityId);
    if (e == null) {
      throw new IllegalArgumentException("entity " + entityId + " is named by a fact but is not canonical");
    }
    return e.ident();
  }
}
