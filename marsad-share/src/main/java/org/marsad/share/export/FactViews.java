package org.marsad.share.export;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.jdbi.v3.core.Handle;
import org.marsad.kb.query.Fact;
import org.marsad.kb.query.FactBuilder;
import org.marsad.kb.store.Reports;
import org.marsad.share.partner.Partners;

/**
 * What a partner that never receives some sources gets of a fact resting on one of them and on others: the same
 * fact made from the other sources' evidence alone, a view. Its quotes, report references, modality, confidence,
 * dates and derivation come from that evidence only, so nothing an excluded source said reaches the partner, not
 * even as a firmer modality or a better grade.
 *
 * <p>A view is an object of its own with a deterministic id of its own (the fact's key and the sources it keeps), not
 * a per-partner edition of the fact's object: STIX versioning gives one object one content at each version, for
 * everyone who may see it, and a receiver keeps what it was sent by id and version. Each partner's rules admit
 * exactly one of the fact's object and its views (see {@code Rules}). The id is made from the sources kept, never
 * from those left out, so that a partner cannot confirm a guess at what it was not sent.
 */
final class FactViews {
  /** One view: the sources it leaves out, those it keeps, and the fact made from the kept ones' evidence. */
  record View(Set<String> withheld, Set<String> kept, Fact fact) {
    View {
      withheld = Set.copyOf(new TreeSet<>(withheld));
      kept = Set.copyOf(new TreeSet<>(kept));
    }

    /** What the view's ids are derived from, beside the pair of entities a relationship links. */
    String idSeed(String factKey) {
      return "fact:" + factKey + "|from=" + new TreeSet<>(kept);
    }
  }

  private final List<Set<String>> exclusions;
  private final FactBuilder builder;

  private FactViews(List<Set<String>> exclusions, FactBuilder builder) {
    this.exclusions = List.copyOf(exclusions);
    this.builder = builder;
  }

  /** The views the store's partners need: one per distinct set of a fact's sources some partner never receives. */
  static FactViews of(Handle h) {
    return new FactViews(new Partners(h).exclusions().stream().filter(s -> !s.isEmpty()).toList(),
        new FactBuilder(new Reports(h)));
  }

  List<View> of(Fact f) {
    Set<String> sources = new TreeSet<>();
    f.evidence().forEach(e -> sources.add(e.source()));
    Map<Set<String>, View> out = new LinkedHashMap<>();
    for (Set<String> never : exclusions) {
      Set<String> withheld = new TreeSet<>(sources);
      withheld.retainAll(never);
      if (withheld.isEmpty() || withheld.size() == sources.size() || out.containsKey(withheld)) {
        continue; // nothing to leave out, or nothing left: the fact itself, or nothing, is what the rules decide on
      }
      List<Fact.Evidence> kept = new ArrayList<>();
      f.evidence().stream().filter(e -> !withheld.contains(e.source())).forEach(kept::add);
      Set<String> keptSources = new TreeSet<>(sources);
      keptSources.removeAll(withheld);
      out.put(withheld, new View(withheld, keptSources, builder.of(kept)));
    }
    return List.copyOf(out.values());
  }
}
