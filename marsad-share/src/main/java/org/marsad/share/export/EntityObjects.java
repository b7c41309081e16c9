package org.marsad.share.export;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.marsad.extract.EntityType;
import org.marsad.kb.store.Source;
import org.marsad.kb.store.StoredEntity;
import org.marsad.share.stix.MarsadExtension;
import org.marsad.share.stix.StixId;
import org.marsad.share.stix.Tlp;

/**
 * Entities and sources as STIX objects (docs/SHARING.md, "Mapping"):
 * <ul>
 *   <li>a named armed group is a {@code threat-actor}; one the reports describe without naming is an
 *       {@code intrusion-set}, activity not yet tied to a known organisation;</li>
 *   <li>a person who belongs to, leads or pledged to an armed group is a {@code threat-actor} of type terrorist;
 *       anyone else (an official, a hostage) an individual {@code identity} with {@code x_marsad_aliases};</li>
 *   <li>state actors and other organisations are organisation identities; places are {@code location}s;</li>
 *   <li>a source is an organisation identity carrying its Admiralty reliability.</li>
 * </ul>
 */
final class EntityObjects {
  private final NodeIdentity node;
  private final Countries countries;

  EntityObjects(NodeIdentity node, Countries countries) {
    this.node = node;
    this.countries = countries;
  }

  StixId id(StoredEntity e, boolean armedPerson) {
    return node.derive(type(e, armedPerson), "entity:" + e.ident());
  }

  static String type(StoredEntity e, boolean armedPerson) {
    return switch (e.type()) {
      case ARMED_GROUP -> e.unnamed() ? "intrusion-set" : "threat-actor";
      case PERSON -> armedPerson ? "threat-actor" : "identity";
      case STATE_ACTOR, ORGANIZATION -> "identity";
      case LOCATION -> "location";
    };
  }

  /** The object, or empty for a place STIX cannot hold: one with neither coordinates nor a known country. */
  Optional<Map<String, Object>> object(StoredEntity e, List<String> aliases, boolean armedPerson, Tlp marking) {
    StixId id = id(e, armedPerson);
    Map<String, Object> m = Sdo.start(id, node, marking);
    String name = e.nameEn() == null || e.nameEn().isBlank() ? e.name() : e.nameEn();
    m.put("name", name);
    List<String> others = new ArrayList<>();
    for (String a : aliases) {
      if (!a.equals(name) && !others.contains(a)) {
        others.add(a);
      }
    }
    if (!e.name().equals(name) && !others.contains(e.name())) {
      others.add(0, e.name());
    }
    switch (id.type()) {
      case "threat-actor" -> {
        if (e.type() == EntityType.PERSON || e.type() == EntityType.ARMED_GROUP) {
          m.put("threat_actor_types", List.of("terrorist"));
        }
        if (e.type() == EntityType.PERSON) {
          m.put("resource_level", "individual");
        }
        Sdo.putIfAny(m, "aliases", others);
      }
      case "intrusion-set" -> Sdo.putIfAny(m, "aliases", others);
      case "identity" -> {
        m.put("identity_class", e.type() == EntityType.PERSON ? "individual" : "organization");
        if (e.type() == EntityType.STATE_ACTOR) {
          m.put("sectors", List.of("government-national"));
        }
        Sdo.putIfAny(m, MarsadExtension.ALIASES_PROPERTY, others);
      }
      case "location" -> {
        e.geo().ifPresent(g -> {
          m.put("latitude", g.lat());
          m.put("longitude", g.lon());
        });
        e.lexiconId().flatMap(countries::of).ifPresent(c -> m.put("country", c));
        if (e.geo().isEmpty() && !m.containsKey("country")) {
          return Optional.empty();
        }
        Sdo.putIfAny(m, MarsadExtension.ALIASES_PROPERTY, others);
      }
      default -> throw new IllegalStateException("no STIX type for " + e.type());
    }
    Map<String, Object> body = MarsadExtension.body("entity");
    body.put("entity_type", e.type().name());
    body.put("ident", e.ident());
    e.lexiconId().ifPresent(l -> body.put("lexicon_id", l));
    body.put("name_original", e.name());
    Sdo.putIfAny(body, "name_en", e.nameEn());
    body.put("unnamed", e.unnamed());
    Sdo.extend(m, body);
    return Optional.of(m);
  }

  StixId sourceId(String name) {
    return node.derive("identity", "source:" + name);
  }

  Map<String, Object> source(Source s, Tlp marking) {
    Map<String, Object> m = Sdo.start(sourceId(s.name()), node, marking);
    m.put("name", s.name());
    m.put("identity_class", "organization");
    m.put("roles", List.of("source"));
    Map<String, Object> body = MarsadExtension.body("source");
    body.put("reliability", s.reliability().name());
    body.put("default_credibility", s.defaultCredibility().code());
    Sdo.extend(m, body);
    return m;
  }
}
