package org.marsad.kb.resolve;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.marsad.extract.Entity;
import org.marsad.extract.EntityType;
import org.marsad.extract.lexicon.Lexicon;
import org.marsad.kb.store.Decision;
import org.marsad.kb.store.Decisions;
import org.marsad.kb.store.Entities;
import org.marsad.kb.store.StoredEntity;

/**
 * Resolves the entities of one report against the whole knowledge base. In order:
 * <ol>
 *   <li>an actor the report does not name stays that report's own;</li>
 *   <li>a lexicon entry is one entity for every report ("group/aqim");</li>
 *   <li>a state actor is one entity per kind and country ("Security services (Algeria)");</li>
 *   <li>any other name meets earlier entities of its type through {@link NameKey}, unless a decision keeps
 *       them apart;</li>
 *   <li>a report that gives two names of one entity joins the entities behind them.</li>
 * </ol>
 * Every link says why, and every join is a recorded {@link Decision}, so an analyst can see and undo it.
 */
public final class CrossReportResolver {
  private final Entities entities;
  private final Decisions decisions;
  private final Lexicon lexicon;
  private final NameKey nameKey;

  public CrossReportResolver(Entities entities, Decisions decisions, Lexicon lexicon, NameKey nameKey) {
    this.entities = entities;
    this.decisions = decisions;
    this.lexicon = lexicon;
    this.nameKey = nameKey;
  }

  public Resolution resolve(Entity e, String reportSha, Instant now) {
    Map<String, String> keys = keys(e);
    Optional<String> primary = nameKey.of(e.type(), e.name()).or(() -> keys.keySet().stream().findFirst());
    if (isUnnamed(e)) {
      String ident = "report:" + reportSha.substring(0, 16) + ":" + e.id();
      StoredEntity own = entities.byIdent(ident).orElseGet(() -> create(ident, e, true, now));
      return new Resolution(own, Optional.empty(), "an actor the report describes without naming; kept apart");
    }
    Resolution r;
    if (e.lexiconId().isPresent()) {
      String ident = e.lexiconId().get();
      StoredEntity own = entities.byIdent(ident).orElseGet(() -> createFromLexicon(ident, e, now));
      r = new Resolution(own, primary, "lexicon entry " + ident);
    } else if (e.type() == EntityType.STATE_ACTOR) {
      String ident = "state:" + e.nameEn().toLowerCase(Locale.ROOT);
      StoredEntity own = entities.byIdent(ident).orElseGet(() -> create(ident, e, false, now));
      r = new Resolution(own, primary, "state actor '" + e.nameEn() + "'");
    } else {
      r = byName(e, keys, primary, reportSha, now);
    }
    StoredEntity own = r.entity();
    for (Map.Entry<String, String> k : keys.entrySet()) {
      joinOthers(own, k.getKey(), k.getValue(), reportSha, now);
      entities.addAlias(own.id(), k.getKey(), k.getValue());
    }
    applyStandingMerge(own);
    return new Resolution(entities.byId(own.id()).orElse(own), r.nameKey(), r.why());
  }

  private Resolution byName(Entity e, Map<String, String> keys, Optional<String> primary, String sha, Instant now) {
    if (primary.isEmpty()) {
      // a single word for a person, or a bare kunya: it names someone in this report, not across reports
      String ident = "report:" + sha.substring(0, 16) + ":" + e.id();
      StoredEntity own = entities.byIdent(ident).orElseGet(() -> create(ident, e, false, now));
      return new Resolution(own, Optional.empty(), "a name too short or too common to match across reports");
    }
    String ownIdent = "name:" + primary.get();
    for (Map.Entry<String, String> k : keys.entrySet()) {
      for (StoredEntity c : entities.byKey(k.getKey())) {
        if (c.type() == e.type() && !c.unnamed() && !decisions.keptApart(c.ident(), ownIdent)) {
          return new Resolution(c, Optional.of(k.getKey()), "same name as '" + c.name() + "' ("
              + k.getValue() + ", key " + k.getKey() + ")");
        }
      }
    }
    StoredEntity own = entities.byIdent(ownIdent).orElseGet(() -> create(ownIdent, e, false, now));
    return new Resolution(own, primary, "first report naming '" + e.name() + "'");
  }

  /** Another entity already known under one of this entity's names is the same one: join it. */
  private void joinOthers(StoredEntity own, String key, String name, String sha, Instant now) {
    for (StoredEntity other : entities.byKey(key)) {
      if (other.id() == own.id() || other.type() != own.type() || other.unnamed()
          || other.canonicalId() == own.canonicalId() || decisions.keptApart(own.ident(), other.ident())) {
        continue;
      }
      if (other.lexiconId().isPresent() && own.lexiconId().isPresent()) {
        continue; // two lexicon entries sharing a spelling stay two: the lexicon is curated
      }
      StoredEntity into = other.lexiconId().isPresent() ? other : own;
      StoredEntity absorbed = into == other ? own : other;
      StoredEntity target = entities.canonical(into);
      entities.merge(target.id(), absorbed.id());
      decisions.record(Decision.Kind.MERGE, target.ident(), absorbed.ident(), "report " + sha.substring(0, 12)
          + " names '" + absorbed.name() + "' as '" + name + "', a name of '" + target.name() + "'", false, now);
    }
  }

  /**
   * Applies the decisions in force about this entity, whichever side of them it is on: the other entity may
   * have been created before or after it (re-extraction rebuilds them in report order).
   */
  private void applyStandingMerge(StoredEntity own) {
    decisions.mergedInto(own.ident()).flatMap(entities::byIdent).ifPresent(into -> join(into, own));
    for (String absorbed : decisions.mergedFrom(own.ident())) {
      entities.byIdent(absorbed).ifPresent(part -> join(own, part));
    }
  }

  private void join(StoredEntity into, StoredEntity part) {
    StoredEntity target = entities.canonical(entities.byId(into.id()).orElse(into));
    StoredEntity current = entities.byId(part.id()).orElse(part);
    if (target.id() != current.id() && current.canonicalId() != target.id()) {
      entities.merge(target.id(), current.id());
    }
  }

  private StoredEntity create(String ident, Entity e, boolean unnamed, Instant now) {
    return entities.insert(ident, e.type(), e.name(), e.nameEn(), e.lexiconId(), unnamed, e.geo(), now);
  }

  private StoredEntity createFromLexicon(String ident, Entity e, Instant now) {
    StoredEntity s = create(ident, e, false, now);
    for (String n : lexiconNames(ident)) {
      entities.addAlias(s.id(), nameKey.of(e.type(), n).orElse(NameKey.exact(n)), n);
    }
    return s;
  }

  private List<String> lexiconNames(String ident) {
    List<String> out = new ArrayList<>();
    int slash = ident.indexOf('/');
    String kind = slash < 0 ? "" : ident.substring(0, slash);
    String id = ident.substring(slash + 1);
    switch (kind) {
      case "group" -> lexicon.group(id).ifPresent(g -> {
        out.addAll(List.of(g.nameAr(), g.nameEn(), g.nameFr()));
        out.addAll(g.aliases());
        out.addAll(g.acronyms());
      });
      case "person" -> lexicon.person(id).ifPresent(p -> {
        out.addAll(List.of(p.nameAr(), p.nameEn(), p.nameFr()));
        out.addAll(p.aliases());
      });
      case "place" -> lexicon.place(id).ifPresent(p -> {
        out.addAll(List.of(p.nameAr(), p.nameEn(), p.nameFr()));
        out.addAll(p.aliases());
      });
      default -> {
      }
    }
    out.removeIf(n -> n == null || n.isBlank());
    return out;
  }

  /** The keys of the entity's names that may attract other entities, each with one name that gave it. */
  private Map<String, String> keys(Entity e) {
    Map<String, String> out = new LinkedHashMap<>();
    List<String> names = new ArrayList<>();
    names.add(e.name());
    if (e.type() != EntityType.STATE_ACTOR) {
      names.add(e.nameEn());
      names.addAll(e.aliases());
    }
    for (String n : names) {
      nameKey.of(e.type(), n).ifPresent(k -> out.putIfAbsent(k, n));
    }
    return out;
  }

  static boolean isUnnamed(Entity e) {
    return e.lexiconId().isEmpty() && e.nameEn() != null && e.nameEn().startsWith("unnamed");
  }
}
