package org.marsad.share.marking;

import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.marsad.share.stix.Tlp;

/**
 * Effective markings, from the markings set. The rules (docs/SHARING.md):
 * <ul>
 *   <li>a report carries the strictest marking set on it or on its source; with none set, the node's default
 *       (TLP:AMBER unless an analyst changed it), so nothing is shared wider than an analyst decided;</li>
 *   <li>a fact carries the strictest of its own marking (set on its key or on any statement it rests on, see
 *       {@link FactTargets}) and those of every report it rests on: a marking inherited from one report is never
 *       loosened by another;</li>
 *   <li>an entity is known as widely as the least restricted report that names it.</li>
 * </ul>
 */
public final class MarkingPolicy {
  public static final Tlp FALLBACK_DEFAULT = Tlp.AMBER;
  private final Map<MarkingTarget.Kind, Map<String, Tlp>> set;

  MarkingPolicy(Map<MarkingTarget.Kind, Map<String, Tlp>> set) {
    Map<MarkingTarget.Kind, Map<String, Tlp>> copy = new EnumMap<>(MarkingTarget.Kind.class);
    set.forEach((k, v) -> copy.put(k, Map.copyOf(v)));
    this.set = copy;
  }

  /** A policy with nothing set, for values computed outside a store. */
  public static MarkingPolicy none() {
    return new MarkingPolicy(new HashMap<>());
  }

  public Tlp nodeDefault() {
    return explicit(MarkingTarget.nodeDefault()).orElse(FALLBACK_DEFAULT);
  }

  public Optional<Tlp> explicit(MarkingTarget t) {
    return Optional.ofNullable(set.getOrDefault(t.kind(), Map.of()).get(t.key()));
  }

  public Tlp report(String sourceName, String sha256) {
    Optional<Tlp> s = explicit(MarkingTarget.source(sourceName));
    Optional<Tlp> r = explicit(MarkingTarget.report(sha256));
    if (s.isEmpty() && r.isEmpty()) {
      return nodeDefault();
    }
    return s.orElse(Tlp.CLEAR).stricter(r.orElse(Tlp.CLEAR));
  }

  /** A fact from where its own marking is kept and the effective markings of the reports it rests on. */
  public Tlp fact(FactTargets targets, Collection<Tlp> reports) {
    Optional<Tlp> own = explicit(targets);
    if (reports.isEmpty() && own.isEmpty()) {
      return nodeDefault();
    }
    Tlp t = own.orElse(Tlp.CLEAR);
    for (Tlp r : reports) {
      t = t.stricter(r);
    }
    return t;
  }

  /** The strictest marking set on the fact's key or on any of its statements, if any is. */
  public Optional<Tlp> explicit(FactTargets targets) {
    Optional<Tlp> out = Optional.empty();
    for (MarkingTarget m : targets.all()) {
      Optional<Tlp> t = explicit(m);
      if (t.isPresent()) {
        out = Optional.of(out.map(x -> x.stricter(t.get())).orElse(t.get()));
      }
    }
    return out;
  }

  /** An entity from the effective markings of the reports that name it. */
  public Tlp entity(Collection<Tlp> reports) {
    return reports.stream().min(Enum::compareTo).orElse(nodeDefault());
  }
}
