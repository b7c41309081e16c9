package org.marsad.kb.watch;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.marsad.extract.Role;
import org.marsad.kb.query.EntityLookup;
import org.marsad.kb.store.StoredClaim;
import org.marsad.kb.store.StoredEntity;
import org.marsad.kb.store.Watch;
import org.marsad.kb.store.Watches;

/**
 * Checks newly stored claims against every watch and records the hits as alerts, with the claim's own
 * modality. Watched names are looked up at each check, so a watch set before an entity first appears still
 * fires when it does.
 */
public final class WatchMatcher {
  private static final Set<Role> PLACE_ROLES = Set.of(Role.LOCATION, Role.ORIGIN, Role.DESTINATION, Role.VIA);
  private final Watches watches;
  private final EntityLookup lookup;

  public WatchMatcher(Watches watches, EntityLookup lookup) {
    this.watches = watches;
    this.lookup = lookup;
  }

  /** Returns the number of new alerts. */
  public int check(List<StoredClaim> claims, Instant now) {
    int alerts = 0;
    for (Watch w : watches.all()) {
      Set<Long> entities = canonicalIds(w.entities());
      Set<Long> counterparts = canonicalIds(w.counterparts());
      Set<Long> places = canonicalIds(w.places());
      for (StoredClaim c : claims) {
        if (matches(w, entities, counterparts, places, c) && watches.alert(w.id(), c.id(), c.modality(), now)) {
          alerts++;
        }
      }
    }
    return alerts;
  }

  static boolean matches(Watch w, Set<Long> entities, Set<Long> counterparts, Set<Long> places, StoredClaim c) {
    if (!w.types().isEmpty() && !w.types().contains(c.type())) {
      return false;
    }
    if (!w.entities().isEmpty() && c.entities().stream().noneMatch(entities::contains)) {
      return false;
    }
    if (!w.counterparts().isEmpty() && c.entities().stream().noneMatch(counterparts::contains)) {
      return false;
    }
    if (!w.places().isEmpty()) {
      return PLACE_ROLES.stream().flatMap(r -> c.arg(r).stream()).anyMatch(places::contains);
    }
    return true;
  }

  private Set<Long> canonicalIds(List<String> names) {
    Set<Long> out = new HashSet<>();
    for (String n : names) {
      lookup.find(n).stream().map(StoredEntity::id).forEach(out::add);
    }
    return out;
  }
}
