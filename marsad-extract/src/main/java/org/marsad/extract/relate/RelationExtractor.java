package org.marsad.extract.relate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.marsad.extract.Modality;
import org.marsad.extract.Relation;
import org.marsad.extract.Role;
import org.marsad.extract.TimeValue;
import org.marsad.extract.find.Analysis;
import org.marsad.extract.find.Candidate;
import org.marsad.extract.match.LexiconIndex;

/** Finds the relations and events of one report and merges their mentions into facts. */
public final class RelationExtractor {
  private final LexiconIndex index;
  private final TimeFinder times = new TimeFinder();

  public RelationExtractor(LexiconIndex index) {
    this.index = index;
  }

  /** Relations, and the entity merges that event coreference decided. */
  public record Result(List<Relation> relations, Map<String, String> entityAliases) {
  }

  public Result extract(Analysis a, List<Candidate> candidates, String[] entityOf, Optional<LocalDate> published) {
    Context ctx = new Context(a, candidates, entityOf, index);
    List<TimeFinder.Found> found = times.find(a, published);
    ctx.markTimes(found);
    List<RelationMention> mentions = new RelationFinder(ctx).find();
    Map<Integer, List<TimeFinder.Found>> bySentence = new java.util.HashMap<>();
    found.forEach(f -> bySentence.computeIfAbsent(ctx.sentence(f.first()), s -> new ArrayList<>()).add(f));
    for (RelationMention m : mentions) {
      m.time = timeFor(ctx, bySentence, m.trigger);
    }
    attackedPlaces(ctx, mentions);
    killedInAttacks(ctx, mentions);
    Consequences.inherit(ctx, mentions);
    claimantsAttacks(ctx, mentions);
    Set<String> unnamed = new LinkedHashSet<>();
    for (int i = 0; i < candidates.size(); i++) {
      if (candidates.get(i).kind() == Candidate.Kind.UNNAMED) {
        unnamed.add(entityOf[i]);
      }
    }
    claimedEvents(mentions, unnamed);
    EventMerger merger = new EventMerger(unnamed);
    List<List<RelationMention>> clusters = merger.merge(mentions);
    List<Relation> out = new ArrayList<>();
    for (List<RelationMention> cluster : clusters) {
      out.add(toRelation("r" + (out.size() + 1), cluster, merger.aliases()));
    }
    // insertion order, not Map.copyOf: its iteration order changes from one JVM to the next
    return new Result(out, java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(merger.aliases())));
  }

  /**
   * Kinds of lexicon place that an attack happens in rather than strikes: "attacked the town of Gamboru", "هجوم
   * واغادوغو". A base, a plant or a road stays the target: it is the thing attacked.
   */
  private static final Set<String> AREAS = Set.of("TOWN", "CITY", "VILLAGE", "REGION", "COUNTRY", "BORDER_AREA",
      "MOUNTAIN", "FOREST", "DESERT", "LAKE", "RIVER");

  /** An attack's target that is a settlement or an area becomes its location: that is where it took place. */
  private static void attackedPlaces(Context ctx, List<RelationMention> mentions) {
    if (mentions.stream().noneMatch(m -> m.type == org.marsad.extract.RelationType.ATTACK)) {
      return; // the place kinds below serve attacks only
    }
    Map<String, String> kindOf = new java.util.HashMap<>();
    for (int i = 0; i < ctx.candidates().size(); i++) {
      Candidate c = ctx.candidates().get(i);
      Optional<String> kind = c.type() == org.marsad.extract.EntityType.LOCATION ? ctx.placeKind(c) : Optional.empty();
      if (kind.isPresent()) {
        kindOf.putIfAbsent(ctx.entityId(i), kind.get());
      }
    }
    for (RelationMention m : mentions) {
      if (m.type != org.marsad.extract.RelationType.ATTACK) {
        continue;
      }
      List<String> areas = m.get(Role.TARGET).stream().filter(e -> AREAS.contains(kindOf.getOrDefault(e, ""))).toList();
      if (areas.isEmpty()) {
        continue;
      }
      Set<String> rest = new LinkedHashSet<>(m.get(Role.TARGET));
      areas.forEach(rest::remove);
      if (rest.isEmpty()) {
        m.args.remove(Role.TARGET);
      } else {
        m.args.put(Role.TARGET, rest);
      }
      areas.forEach(e -> m.add(Role.LOCATION, e));
    }
  }

  private static final int CLAIMED_NOUN_REACH = 5;
  private static final int IN_ATTACK_REACH = 6;
  private static final Set<String> DURING = Set.of("في", "خلال", "اثناء", "in", "during", "dans", "lors", "au",
      "عندما", "حين", "حينما", "لما", "when", "as", "lorsque", "quand");

  /**
   * "قتل 37 مدنيا في هجوم على قرية كولوغون", "killed in an attack on Gao", "قتل 132 مدنيا عندما اقتحم مسلحون البلدة":
   * deaths told as happening in or when an attack did happened where it did, and by whom it was carried out,
   * unless the sentence says otherwise.
   */
  private static void killedInAttacks(Context ctx, List<RelationMention> mentions) {
    for (RelationMention killed : mentions) {
      if (killed.type != org.marsad.extract.RelationType.KILLED) {
        continue;
      }
      for (RelationMention attack : mentions) {
        if (attack.type != org.marsad.extract.RelationType.ATTACK || attack.trigger <= killed.trigger
            || attack.trigger - killed.trigger > IN_ATTACK_REACH
            || ctx.sentence(attack.trigger) != ctx.sentence(killed.trigger)
            || !DURING.contains(prepositionBefore(ctx, attack.trigger))) {
          continue;
        }
        // whoever died in it did not carry it out ("قتل X في غارة"), and was what it struck when nothing else is
        Set<String> agents = attack.args.get(Role.AGENT);
        if (agents != null) {
          agents.removeAll(killed.get(Role.TARGET));
          if (agents.isEmpty()) {
            attack.args.remove(Role.AGENT);
          }
        }
        if (attack.get(Role.TARGET).isEmpty()) {
          killed.get(Role.TARGET).forEach(id -> attack.add(Role.TARGET, id));
        }
        Consequences.placeAndAuthors(killed, attack);
        break;
      }
    }
  }

  /** The word before a token, or the proclitic preposition on it ("بهجوم"). */
  private static String prepositionBefore(Context ctx, int token) {
    String w = ctx.analysis().folded(token);
    if (w.length() > 3 && (w.charAt(0) == '\u0628')) {
      return "في"; // "ب" before an event noun says "in" as "في" does
    }
    return token > 0 ? ctx.analysis().folded(token - 1) : "";
  }

  /**
   * "Ansarul Islam ... a revendiqué l'attaque", "أعلنت X مسؤوليتها عن الهجوم": the attack or kidnapping named as
   * what was claimed is the claimant's by its own account, whoever else stands nearer the noun.
   */
  private static void claimantsAttacks(Context ctx, List<RelationMention> mentions) {
    for (RelationMention claim : mentions) {
      if (claim.type != org.marsad.extract.RelationType.CLAIMED_RESPONSIBILITY || claim.get(Role.SUBJECT).isEmpty()) {
        continue;
      }
      for (RelationMention e : mentions) {
        boolean claimable = e.type == org.marsad.extract.RelationType.ATTACK
            || e.type == org.marsad.extract.RelationType.KIDNAPPING;
        if (claimable && e.trigger > claim.trigger && e.trigger - claim.trigger <= CLAIMED_NOUN_REACH
            && ctx.sentence(e.trigger) == ctx.sentence(claim.trigger)
            && claim.get(Role.SUBJECT).stream().noneMatch(e.get(Role.TARGET)::contains)) {
          e.args.put(Role.AGENT, new LinkedHashSet<>(claim.get(Role.SUBJECT)));
        }
      }
    }
  }

  /**
   * A claim that names no target claims the attack the report tells of: the nearest one, earlier first. What
   * it claims is where the attack struck and what named thing it struck; the unnamed people it hit ("سياح")
   * only when nothing else is known, and a kidnapping's captives always.
   */
  private static void claimedEvents(List<RelationMention> mentions, Set<String> unnamed) {
    for (RelationMention claim : mentions) {
      if (claim.type != org.marsad.extract.RelationType.CLAIMED_RESPONSIBILITY || !claim.get(Role.OBJECT).isEmpty()) {
        continue;
      }
      // what is claimed is an attack or a kidnapping; the killings they caused only when the report tells of no
      // attack ("تبنى التنظيم الهجوم" after "ما أسفر عن مقتل 21 سائحا" claims the attack on the museum)
      RelationMention best = nearestClaimable(mentions, claim, true);
      if (best == null) {
        best = nearestClaimable(mentions, claim, false);
      }
      if (best != null) {
        Set<String> objects = new LinkedHashSet<>(best.get(Role.TARGET));
        objects.addAll(best.get(Role.LOCATION));
        if (best.type == org.marsad.extract.RelationType.ATTACK && !objects.stream().allMatch(unnamed::contains)) {
          objects.removeAll(unnamed);
        }
        objects.forEach(o -> claim.add(Role.OBJECT, o));
      }
    }
  }

  private static RelationMention nearestClaimable(List<RelationMention> mentions, RelationMention claim,
                                                  boolean attacksOnly) {
    RelationMention best = null;
    for (RelationMention e : mentions) {
      boolean attack = e.type == org.marsad.extract.RelationType.ATTACK
          || e.type == org.marsad.extract.RelationType.KIDNAPPING;
      boolean claimable = attack || (!attacksOnly && e.type == org.marsad.extract.RelationType.KILLED);
      boolean hasObject = !e.get(Role.TARGET).isEmpty() || !e.get(Role.LOCATION).isEmpty();
      if (claimable && hasObject
          && (best == null || Math.abs(e.trigger - claim.trigger) < Math.abs(best.trigger - claim.trigger))) {
        best = e;
      }
    }
    return best;
  }

  private static Optional<TimeValue> timeFor(Context ctx, Map<Integer, List<TimeFinder.Found>> bySentence,
                                             int trigger) {
    TimeFinder.Found best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (TimeFinder.Found f : bySentence.getOrDefault(ctx.sentence(trigger), List.of())) {
      boolean sameClause = ctx.clause(f.first()) == ctx.clause(trigger);
      int d = Math.abs(f.first() - trigger) + (sameClause ? 0 : 12) + (f.first() < trigger ? 2 : 0);
      if (d < bestDistance && d <= 16) {
        best = f;
        bestDistance = d;
      }
    }
    return Optional.ofNullable(best).map(TimeFinder.Found::value);
  }

  private static Relation toRelation(String id, List<RelationMention> cluster, Map<String, String> aliases) {
    RelationMention primary = cluster.get(0);
    for (RelationMention m : cluster) {
      if (m.argCount() > primary.argCount()) {
        primary = m;
      }
    }
    Map<Role, Set<String>> args = new EnumMap<>(Role.class);
    Optional<TimeValue> time = primary.time;
    for (RelationMention m : cluster) {
      m.args.forEach((role, ids) -> {
        Set<String> into = args.computeIfAbsent(role, r -> new LinkedHashSet<>());
        ids.forEach(e -> into.add(aliases.getOrDefault(e, e)));
      });
      if (time.isEmpty()) {
        time = m.time;
      }
    }
    Set<String> via = args.getOrDefault(Role.VIA, Set.of());
    Set<String> dest = args.getOrDefault(Role.DESTINATION, Set.of());
    if (!via.isEmpty() && dest.size() > 1) {
      dest.removeAll(via);
    }
    if (dest.isEmpty()) {
      args.remove(Role.DESTINATION);
    }
    Map<Role, List<String>> frozen = new EnumMap<>(Role.class);
    args.forEach((r, ids) -> frozen.put(r, List.copyOf(ids)));
    Modality modality = primary.stance.modality();
    double confidence = confidence(modality, cluster.size(), primary.argCount());
    return new Relation(id, primary.type, frozen, modality, primary.stance.attribution(), time,
        primary.evidence, confidence);
  }

  /** A heuristic score: how firmly the text states it, how often, with how complete arguments. */
  private static double confidence(Modality m, int mentions, int args) {
    double base;
    switch (m) {
      case ASSERTED: base = 0.8; break;
      case REPORTED: base = 0.7; break;
      case LIKELY: base = 0.55; break;
      case DENIED: base = 0.5; break;
      case POSSIBLE: base = 0.4; break;
      default: base = 0.3;
    }
    double bonus = Math.min(0.1, 0.05 * (mentions - 1)) + (args >= 2 ? 0.05 : 0);
    return Math.min(1.0, Math.round((base + bonus) * 100) / 100.0);
  }
}
