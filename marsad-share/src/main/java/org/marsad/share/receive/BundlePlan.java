package org.marsad.share.receive;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.marsad.extract.EntityType;
import org.marsad.extract.GeoPoint;
import org.marsad.extract.Modality;
import org.marsad.extract.RelationType;
import org.marsad.extract.Role;
import org.marsad.share.stix.Admiralty;
import org.marsad.share.stix.MarsadExtension;
import org.marsad.share.stix.Tlp;
import org.marsad.share.stix.Vocabulary;
import tools.jackson.databind.JsonNode;

/**
 * Decides what of a bundle Marsad takes in, without touching a store: entities (threat actors, intrusion sets,
 * individual and organisation identities, locations), facts (relationships of a known type between two of them,
 * sightings carrying the Marsad extension) and reports, each grouped under the report that states it. Everything
 * else is skipped with a reason. Objects a partner made with Marsad keep their modality, attribution, dates and
 * evidence from the Marsad extension; anyone else's facts are taken as REPORTED by their creator.
 */
public record BundlePlan(List<ReceivedReport> reports, Map<String, ReceivedEntity> entities,
                         Map<String, Integer> kept, List<Skip> skipped) {
  static final String UNATTRIBUTED = "an unnamed STIX producer";

  /** The plan for a bundle received by the node whose identity is {@code ownIdentity}. */
  public static BundlePlan of(ReceivedBundle b, String ownIdentity) {
    return new Builder(b, ownIdentity).build();
  }

  private static final class Builder {
    private final ReceivedBundle b;
    private final Map<String, JsonNode> byId = new LinkedHashMap<>();
    private final Set<String> creators = new HashSet<>();
    private final Map<String, ReceivedEntity> entities = new LinkedHashMap<>();
    private final Map<String, List<ReceivedClaim>> claimsOf = new LinkedHashMap<>();
    private final Map<String, Integer> kept = new LinkedHashMap<>();
    private final List<Skip> skipped = new ArrayList<>();
    /** Entities some report of the bundle names or states a fact about. */
    private final Set<String> used = new HashSet<>();

    private final String own;

    Builder(ReceivedBundle b, String own) {
      this.b = b;
      this.own = own;
    }

    BundlePlan build() {
      for (JsonNode o : b.objects()) {
        byId.putIfAbsent(o.get("id").asString(), o);
        if (o.path("created_by_ref").isString()) {
          creators.add(o.path("created_by_ref").asString());
        }
      }
      for (JsonNode o : byId.values()) {
        String type = o.get("type").asString();
        if (own.equals(o.path("created_by_ref").asString("")) || own.equals(o.get("id").asString())) {
          skip(o, "this node made it");
          continue;
        }
        try {
          switch (type) {
            case "threat-actor", "intrusion-set", "identity", "location" -> entity(o).ifPresent(e -> {
              entities.put(e.stixId(), e);
              keep(type);
            });
            case "relationship", "sighting", "report" -> { } // once every entity is known
            case "marking-definition", "extension-definition" -> keep(type);
            default -> skip(o, "Marsad does not model " + type + " objects");
          }
        } catch (Fields.Unusable u) {
          skip(o, u.getMessage());
        }
      }
      for (JsonNode o : byId.values()) {
        String type = o.get("type").asString();
        if ((type.equals("relationship") || type.equals("sighting")) && !ownMade(o)) {
          try {
            List<ReceivedClaim> claims = fact(o);
            claimsOf.put(o.get("id").asString(), claims);
            keep(type);
          } catch (Fields.Unusable u) {
            skip(o, u.getMessage());
          }
        }
      }
      List<ReceivedReport> reports = new ArrayList<>();
      Set<String> reported = new HashSet<>();
      for (JsonNode o : byId.values()) {
        if (o.get("type").asString().equals("report") && !ownMade(o)) {
          try {
            reports.add(report(o, reported));
            keep("report");
          } catch (Fields.Unusable u) {
            skip(o, u.getMessage());
          }
        }
      }
      remainder(reported).ifPresent(reports::add);
      return new BundlePlan(reports, entities, kept, skipped);
    }

    private boolean ownMade(JsonNode o) {
      return own.equals(o.path("created_by_ref").asString(""));
    }

    private void keep(String type) {
      kept.merge(type, 1, Integer::sum);
    }

    private void skip(JsonNode o, String reason) {
      skipped.add(new Skip(o.get("type").asString(), o.get("id").asString(), reason));
    }

    private Optional<ReceivedEntity> entity(JsonNode o) {
      String id = o.get("id").asString();
      String type = o.get("type").asString();
      JsonNode ext = o.path("extensions").path(MarsadExtension.PROPERTIES);
      String kind = ext.path("kind").asString("");
      if (kind.equals("source") || kind.equals("node") || MarsadExtension.PROJECT_IDENTITY.equals(id)) {
        keep(type); // a creator or source, not a subject of reporting
        return Optional.empty();
      }
      String name = Fields.required(o, "name");
      tlp(o);
      EntityType et = entityType(o, ext).orElseThrow(() -> new Fields.Unusable("identity_class '"
          + o.path("identity_class").asString("") + "' is not a person or an organisation"));
      if (type.equals("identity") && creators.contains(id) && ext.isMissingNode()) {
        keep(type);
        return Optional.empty(); // the producer of objects, not something reported on
      }
      List<String> aliases = new ArrayList<>(Fields.texts(o, "aliases"));
      aliases.addAll(Fields.texts(o, MarsadExtension.ALIASES_PROPERTY));
      Optional<Double> lat = Fields.number(o, "latitude", -90, 90);
      Optional<Double> lon = Fields.number(o, "longitude", -180, 180);
      Optional<GeoPoint> geo = lat.isPresent() && lon.isPresent() ? Optional.of(new GeoPoint(lat.get(), lon.get()))
          : Optional.empty();
      String original = Fields.text(ext, "name_original").orElse(name);
      String nameEn = Fields.text(ext, "name_en").orElse(name);
      aliases.remove(original);
      return Optional.of(new ReceivedEntity(id, et, original, nameEn, aliases, Fields.text(ext, "lexicon_id"), geo,
          ext.path("unnamed").asBoolean(false)));
    }

    private static Optional<EntityType> entityType(JsonNode o, JsonNode ext) {
      Optional<String> marsad = Fields.text(ext, "entity_type");
      if (marsad.isPresent()) {
        try {
          return Optional.of(EntityType.valueOf(marsad.get()));
        } catch (IllegalArgumentException e) {
          throw new Fields.Unusable("Marsad entity_type '" + BundleReader.clip(marsad.get()) + "' is unknown");
        }
      }
      return switch (o.get("type").asString()) {
        case "threat-actor", "intrusion-set" -> Optional.of(EntityType.ARMED_GROUP);
        case "location" -> Optional.of(EntityType.LOCATION);
        default -> switch (Fields.text(o, "identity_class").orElse("unknown")) {
          case "individual" -> Optional.of(EntityType.PERSON);
          case "organization", "group" -> Optional.of(EntityType.ORGANIZATION);
          default -> Optional.empty();
        };
      };
    }

    /** The strictest TLP of the object's markings, if any; a marking Marsad cannot honour makes the object unusable. */
    private Optional<Tlp> tlp(JsonNode o) {
      List<String> refs = new ArrayList<>(Fields.texts(o, "object_marking_refs"));
      for (JsonNode g : o.path("granular_markings")) {
        g.path("marking_ref").asString("").lines().forEach(refs::add); // granular: taken for the whole object
      }
      Tlp t = Tlp.CLEAR;
      boolean any = false;
      for (String ref : refs) {
        Optional<Tlp> known = Tlp.byMarkingId(ref);
        if (known.isEmpty()) {
          JsonNode def = byId.get(ref);
          if (def == null || !"statement".equals(def.path("definition_type").asString(""))) {
            throw new Fields.Unusable("its marking " + BundleReader.clip(ref) + " is not TLP and not defined in the "
                + "bundle; taking it in could loosen what the sender restricted");
          }
          continue; // a statement (copyright, terms of use) restricts nothing TLP expresses
        }
        t = t.stricter(known.get());
        any = true;
      }
      return any ? Optional.of(t) : Optional.empty(); // unmarked: the receiving node's own rules apply
    }

    private List<ReceivedClaim> fact(JsonNode o) {
      Optional<Tlp> tlp = tlp(o);
      JsonNode ext = o.path("extensions").path(MarsadExtension.PROPERTIES);
      String id = o.get("id").asString();
      RelationType type;
      Map<Role, List<String>> roles = new EnumMap<>(Role.class);
      if (ext.isObject() && ext.has("relation_type")) {
        try {
          type = RelationType.valueOf(Fields.required(ext, "relation_type"));
        } catch (IllegalArgumentException e) {
          throw new Fields.Unusable("Marsad relation_type '" + ext.path("relation_type").asString("") + "' is unknown");
        }
        JsonNode r = ext.path("roles");
        for (Role role : Role.values()) {
          List<String> ids = Fields.texts(r, role.key()).stream().filter(entities::containsKey).toList();
          if (!ids.isEmpty()) {
            roles.put(role, ids);
          }
        }
      } else if (o.get("type").asString().equals("relationship")) {
        String rt = Fields.required(o, "relationship_type");
        type = Vocabulary.relationType(rt).orElseThrow(() -> new Fields.Unusable("relationship type '"
            + BundleReader.clip(rt) + "' has no Marsad equivalent"));
        String s = Fields.required(o, "source_ref");
        String t = Fields.required(o, "target_ref");
        for (String ref : List.of(s, t)) {
          if (!entities.containsKey(ref)) {
            throw new Fields.Unusable("it links " + BundleReader.clip(ref) + ", which Marsad did not take in");
          }
        }
        if (type.shape() == RelationType.Shape.SYMMETRIC) {
          roles.put(Role.PARTICIPANTS, List.of(s, t));
        } else {
          roles.put(Role.SUBJECT, List.of(s));
          roles.put(Role.OBJECT, List.of(t));
        }
      } else {
        throw new Fields.Unusable("a sighting without the Marsad extension names no event type Marsad knows");
      }
      if (roles.values().stream().mapToInt(List::size).sum() < (type.isEvent() ? 1 : 2)) {
        throw new Fields.Unusable("fewer of its entities than a " + type + " needs were taken in");
      }
      String quote = Fields.text(o, "description").orElse(type.name());
      List<ReceivedClaim> out = new ArrayList<>();
      JsonNode evidence = ext.path("evidence");
      if (evidence.isArray() && !evidence.isEmpty()) {
        for (JsonNode ev : evidence) {
          out.add(new ReceivedClaim(id, type, roles, modality(ev), Fields.text(ev, "attribution"),
              Fields.text(ev, "time_text"), Fields.day(ev, "earliest"), Fields.day(ev, "latest"),
              Fields.text(ev, "quote").orElse(quote), tlp, Fields.text(ev, "report_ref")));
        }
        return out;
      }
      Optional<java.time.LocalDate> from = Fields.day(o, "start_time").or(() -> Fields.day(o, "first_seen"));
      Optional<java.time.LocalDate> to = Fields.day(o, "stop_time").or(() -> Fields.day(o, "last_seen"))
          .or(() -> from);
      Optional<String> creator = Fields.text(o, "created_by_ref").map(this::creatorName);
      out.add(new ReceivedClaim(id, type, roles, Modality.REPORTED, creator, Optional.empty(), from,
          to.filter(d -> from.isEmpty() || !d.isBefore(from.get())), quote, tlp, Optional.empty()));
      return out;
    }

    private static Modality modality(JsonNode ev) {
      String m = Fields.text(ev, "modality").orElse("REPORTED");
      try {
        return Modality.valueOf(m.toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw new Fields.Unusable("modality '" + BundleReader.clip(m) + "' is unknown");
      }
    }

    private String creatorName(String ref) {
      JsonNode c = byId.get(ref);
      return c == null ? ref : c.path("name").asString(ref) + " [" + ref + "]";
    }

    private ReceivedReport report(JsonNode o, Set<String> reported) {
      String id = o.get("id").asString();
      String name = Fields.required(o, "name");
      Optional<Tlp> tlp = tlp(o);
      List<String> refs = Fields.texts(o, "object_refs");
      List<String> ents = new ArrayList<>();
      List<ReceivedClaim> claims = new ArrayList<>();
      for (String ref : refs) {
        if (entities.containsKey(ref)) {
          ents.add(ref);
          used.add(ref);
        }
        for (ReceivedClaim c : claimsOf.getOrDefault(ref, List.of())) {
          if (c.report().map(id::equals).orElse(true) && !claims.contains(c)) {
            claims.add(c);
            reported.add(ref);
            c.roles().values().forEach(used::addAll);
          }
        }
      }
      JsonNode ext = o.path("extensions").path(MarsadExtension.PROPERTIES);
      String creator = Fields.text(o, "created_by_ref").map(this::creatorName).orElse(UNATTRIBUTED);
      String source = Fields.text(ext, "source").map(s -> s + " (" + Fields.text(ext, "reliability").orElse("F")
          + Fields.integer(ext, "credibility", 1, 6).orElse(6) + ")").orElse(creator);
      Optional<java.time.LocalDate> published = ext.path("kind").asString("").equals("report")
          ? Fields.day(ext, "published") : Fields.day(o, "published");
      return new ReceivedReport(id, creator, name + " — " + source, published,
          Admiralty.credibility(Fields.integer(o, "confidence", 0, 100)), tlp, Fields.text(o, "lang").orElse("en"),
          ents, claims);
    }

    /** The facts and entities no report of the bundle holds, as one report from the bundle's creator. */
    private Optional<ReceivedReport> remainder(Set<String> reported) {
      List<ReceivedClaim> claims = new ArrayList<>();
      Set<String> creatorsLeft = new LinkedHashSet<>();
      claimsOf.forEach((id, cs) -> {
        if (!reported.contains(id)) {
          cs.stream().filter(c -> !claims.contains(c)).forEach(claims::add);
          Optional.ofNullable(byId.get(id)).flatMap(o -> Fields.text(o, "created_by_ref")).ifPresent(creatorsLeft::add);
        }
      });
      List<String> left = entities.keySet().stream().filter(e -> !used.contains(e)).toList();
      if (claims.isEmpty() && left.isEmpty()) {
        return Optional.empty();
      }
      String creator = creatorsLeft.size() == 1 ? creatorName(creatorsLeft.iterator().next()) : UNATTRIBUTED;
      return Optional.of(new ReceivedReport("bundle:" + b.sha256(), creator, "STIX objects outside any report, "
          + "from " + creator, Optional.empty(), org.marsad.kb.grade.Credibility.UNKNOWN, Optional.empty(), "en",
          left, claims));
    }
  }
}
