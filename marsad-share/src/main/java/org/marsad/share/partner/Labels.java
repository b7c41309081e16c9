package org.marsad.share.partner;

import java.util.Set;
import java.util.TreeSet;
import org.marsad.share.stix.Tlp;

/**
 * What partners' rules look at in one object: its effective TLP, its STIX type, the Marsad entity types it is
 * about, the sources it rests on (empty: it rests on none, like a marking definition or the node itself), whether
 * it quotes or names those sources (a fact carries their quotes and report references, a report and a source's
 * identity are theirs; an entity only rests on the reports naming it), and, for a fact's view made for partners
 * that never receive some of its sources, those sources ({@code withheld}; empty for everything else).
 */
public record Labels(Tlp tlp, String stixType, Set<String> entityTypes, Set<String> sources, boolean quotesSources,
                     Set<String> withheld) {
  public Labels {
    entityTypes = Set.copyOf(entityTypes);
    sources = Set.copyOf(sources);
    withheld = Set.copyOf(withheld);
  }

  /** The sets as stored: sorted, one per line (source names may hold commas). */
  public static String join(Set<String> values) {
    return String.join("\n", new TreeSet<>(values));
  }

  public static Set<String> split(String stored) {
    Set<String> out = new TreeSet<>();
    if (stored != null) {
      stored.lines().filter(l -> !l.isEmpty()).forEach(out::add);
    }
    return out;
  }
}
