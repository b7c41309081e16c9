package org.marsad.share.partner;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.marsad.extract.EntityType;
import org.marsad.share.ShareException;
import org.marsad.share.stix.Tlp;

/**
 * What one partner may receive: nothing above {@code maxTlp}; only the given collections and entity types (empty:
 * all); and nothing of a source in {@code neverSources}: nothing that rests only on such sources, and nothing that
 * quotes or names one (a fact resting on it and on other sources crosses as its view without it, see
 * {@code FactViews}). An object about several entity types passes only if every one of them is allowed, so a fact
 * naming a person never reaches a partner barred from people.
 */
public record Rules(Tlp maxTlp, Set<String> collections, Set<EntityType> entityTypes, Set<String> neverSources) {
  public Rules {
    collections = Set.copyOf(collections);
    entityTypes = Set.copyOf(entityTypes);
    neverSources = Set.copyOf(neverSources);
  }

  /** What an analyst or admin sees: everything. */
  public static Rules unrestricted() {
    return new Rules(Tlp.RED, Set.of(), Set.of(), Set.of());
  }

  /** TLP:AMBER, every collection and entity type, every source: the default for a new partner. */
  public static Rules defaults() {
    return new Rules(Tlp.AMBER, Set.of(), Set.of(), Set.of());
  }

  public boolean allowsCollection(String id, String alias) {
    return collections.isEmpty() || collections.contains(id) || collections.contains(alias);
  }

  public boolean allows(Labels l) {
    if (l.tlp().compareTo(maxTlp) > 0) {
      return false;
    }
    if (!entityTypes.isEmpty() && !l.entityTypes().stream().allMatch(t -> entityTypes.stream()
        .anyMatch(e -> e.name().equals(t)))) {
      return false;
    }
    if (!l.sources().isEmpty() && neverSources.containsAll(l.sources())) {
      return false;
    }
    if (l.quotesSources() && l.sources().stream().anyMatch(neverSources::contains)) {
      return false;
    }
    // a view is for the partners that exclude exactly what it leaves out: one that excludes less gets the fact
    // itself or another view, one that excludes more is refused above (the view quotes what it excludes)
    return neverSources.containsAll(l.withheld());
  }

  public static Set<EntityType> entityTypes(String commaList) {
    if (commaList == null || commaList.isBlank() || commaList.trim().equals("*")) {
      return Set.of();
    }
    Set<EntityType> out = new TreeSet<>();
    for (String t : commaList.split(",")) {
      try {
        out.add(EntityType.valueOf(t.trim().toUpperCase(Locale.ROOT)));
      } catch (IllegalArgumentException e) {
        throw new ShareException("not an entity type: '" + t.trim() + "' (one of "
            + Arrays.toString(EntityType.values()) + ")");
      }
    }
    return out;
  }

  public String describe() {
    return "up to " + maxTlp.label() + ", collections " + (collections.isEmpty() ? "all" : new TreeSet<>(collections))
        + ", entity types " + (entityTypes.isEmpty() ? "all" : entityTypes.stream().map(Enum::name).sorted()
        .collect(Collectors.joining(","))) + (neverSources.isEmpty() ? "" : ", nothing of "
        + new TreeSet<>(neverSources));
  }
}
