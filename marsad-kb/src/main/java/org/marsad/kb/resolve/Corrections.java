package org.marsad.kb.resolve;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.marsad.kb.KbException;
import org.marsad.kb.query.Questions;
import org.marsad.kb.store.Claims;
import org.marsad.kb.store.Decision;
import org.marsad.kb.store.Decisions;
import org.marsad.kb.store.Entities;
import org.marsad.kb.store.Mentions;
import org.marsad.kb.store.StoredEntity;

/**
 * An analyst's corrections to entity resolution. Each is recorded as a {@link Decision} by stable idents, so it
 * is applied again to every later report and survives re-extraction of the whole store.
 */
public final class Corrections {
  private final Handle h;
  private final Entities entities;
  private final Decisions decisions;
  private final Questions questions;
  private final NameKey nameKey;

  public Corrections(Handle h, NameKey nameKey) {
    this.h = h;
    this.entities = new Entities(h);
    this.decisions = new Decisions(h);
    this.questions = new Questions(h, nameKey);
    this.nameKey = nameKey;
  }

  /** Makes B part of A. */
  public StoredEntity merge(String a, String b, String why, Instant now) {
    requireWhy(why);
    return h.inTransaction(tx -> {
      StoredEntity into = questions.entity(a);
      StoredEntity absorbed = questions.entity(b);
      if (into.id() == absorbed.id()) {
        throw new KbException("'" + a + "' and '" + b + "' are already one entity (" + into.ident() + ")");
      }
      if (into.type() != absorbed.type()) {
        throw new KbException("cannot merge a " + absorbed.type() + " (" + absorbed.ident() + ") into a "
            + into.type() + " (" + into.ident() + ")");
      }
      entities.merge(into.id(), absorbed.id());
      decisions.record(Decision.Kind.MERGE, into.ident(), absorbed.ident(), why, true, now);
      return into;
    });
  }

  /**
   * Undoes a merge: {@code name} is an entity that was merged into another (by hand or by the resolver) and
   * becomes itself again. Returns the entity that stands on its own now.
   */
  public StoredEntity unmerge(String name, String why, Instant now) {
    requireWhy(why);
    return h.inTransaction(tx -> {
      List<StoredEntity> merged = entities.search(name.trim(), NameKey.exact(name)).stream()
          .filter(StoredEntity::isMerged).toList();
      if (merged.size() != 1) {
        throw new KbException(merged.isEmpty() ? "no merged entity named '" + name + "'; 'entity NAME' shows "
            + "what each entity was merged from" : "'" + name + "' names several merged entities");
      }
      StoredEntity part = merged.get(0);
      StoredEntity whole = entities.byId(part.canonicalId()).orElseThrow();
      entities.unmerge(part.id());
      decisions.record(Decision.Kind.SPLIT, whole.ident(), part.ident(), why, true, now);
      return entities.byId(part.id()).orElseThrow();
    });
  }

  /**
   * Carves one name out of an entity: the mentions found under that name become a new entity, which
   * resolution keeps apart from now on.
   */
  public StoredEntity splitAlias(String name, String alias, String why, Instant now) {
    requireWhy(why);
    return h.inTransaction(tx -> {
      StoredEntity whole = questions.entity(name);
      String key = nameKey.of(whole.type(), alias).orElseThrow(() -> new KbException("'" + alias
          + "' is too short or too common a name to split on"));
      String ident = "name:" + key;
      if (whole.ident().equals(ident)) {
        throw new KbException("'" + alias + "' is the name " + whole.ident() + " was created from; split another");
      }
      StoredEntity part = entities.byIdent(ident).orElseGet(() -> entities.insert(ident, whole.type(), alias, alias,
          Optional.empty(), false, Optional.empty(), now));
      Mentions mentions = new Mentions(h);
      for (Long member : entities.members(whole.id())) {
        entities.removeAlias(member, key);
        for (var local : mentions.localEntities(member, key)) {
          mentions.move(local.getKey(), local.getValue(), part.id());
          new Claims(h).moveArgs(local.getKey(), local.getValue(), part.id());
        }
      }
      entities.addAlias(part.id(), key, alias);
      if (part.isMerged()) {
        entities.unmerge(part.id());
      }
      decisions.record(Decision.Kind.SPLIT, whole.ident(), ident, why, true, now);
      return entities.byId(part.id()).orElseThrow();
    });
  }

  private static void requireWhy(String why) {
    if (why == null || why.isBlank()) {
      throw new KbException("say why (--why): every correction is recorded with its reason");
    }
  }
}
