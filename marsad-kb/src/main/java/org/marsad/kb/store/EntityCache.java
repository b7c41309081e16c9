package org.marsad.kb.store;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What an ingest session has already read or written about entities and decisions, so that resolving the next
 * report does not ask the database again. Only valid while this process is the store's single writer (the
 * embedded store's file lock, or one ingest at a time on a server); {@link #clear} after a rolled-back
 * transaction or a merge.
 */
public final class EntityCache {
  final Map<String, Optional<Long>> idByIdent = new HashMap<>();
  final Map<Long, StoredEntity> byId = new HashMap<>();
  final Map<String, List<Long>> idsByKey = new HashMap<>();
  final Set<String> aliases = new HashSet<>();
  List<Decision> decisions;

  public void clear() {
    idByIdent.clear();
    byId.clear();
    idsByKey.clear();
    aliases.clear();
    decisions = null;
  }

  void entity(StoredEntity e) {
    idByIdent.put(e.ident(), Optional.of(e.id()));
    byId.put(e.id(), e);
  }

  void alias(long entityId, String key) {
    aliases.add(entityId + "|" + key);
    List<Long> ids = idsByKey.get(key);
    if (ids != null && !ids.contains(entityId)) {
      List<Long> copy = new ArrayList<>(ids);
      copy.add(entityId);
      copy.sort(Long::compare);
      idsByKey.put(key, copy);
    }
  }
}
