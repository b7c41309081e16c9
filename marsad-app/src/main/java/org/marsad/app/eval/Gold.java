package org.marsad.app.eval;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.marsad.app.AppException;
import org.marsad.extract.EntityType;
import org.marsad.extract.Modality;
import org.marsad.extract.RelationType;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A gold annotation in the format of ../shared/seed/expected.json. */
public record Gold(String document, String language, Optional<String> published, List<GoldEntity> entities,
                   List<GoldRelation> relations) {

  /** A gold entity: its key, type, exact surfaces, level, and whether the surfaces must be one entity. */
  public record GoldEntity(String key, EntityType type, String en, List<String> surfaces, boolean required,
                           boolean oneEntity) {
  }

  /** A gold relation: roles map to entity keys; affiliation names the group of an unnamed subject. */
  public record GoldRelation(String id, RelationType type, Map<String, List<String>> roles,
                             Optional<String> subjectAffiliation, Modality modality, Optional<Modality> mustNotBe,
                             Optional<String> evidence, boolean required) {
  }

  private static final JsonMapper MAPPER = JsonMapper.builder().build();
  private static final List<String> ROLES = List.of("subject", "object", "participants", "agent", "target",
      "location", "origin", "destination", "via");

  public static Gold read(Path file) {
    JsonNode root;
    try {
      root = MAPPER.readTree(Files.readString(file));
    } catch (IOException | JacksonException e) {
      throw new AppException(file + ": not a readable gold JSON file: " + e.getMessage(), e);
    }
    try {
      List<GoldEntity> ents = new ArrayList<>();
      for (JsonNode e : root.path("entities")) {
        List<String> surfaces = new ArrayList<>();
        e.path("surfaces").forEach(s -> surfaces.add(s.asString()));
        ents.add(new GoldEntity(e.path("key").asString(), EntityType.valueOf(e.path("type").asString()),
            e.path("en").asString(""), surfaces, !"stretch".equals(e.path("level").asString("required")),
            e.path("one_entity").asBoolean(false)));
      }
      List<GoldRelation> rels = new ArrayList<>();
      for (JsonNode r : root.path("relations")) {
        Map<String, List<String>> roles = new LinkedHashMap<>();
        for (String role : ROLES) {
          JsonNode v = r.path(role);
          if (v.isString()) {
            roles.put(role, List.of(v.asString()));
          } else if (v.isArray() && !v.isEmpty()) {
            List<String> keys = new ArrayList<>();
            v.forEach(k -> keys.add(k.asString()));
            roles.put(role, keys);
          }
        }
        Optional<Modality> mustNot = r.hasNonNull("must_not_be")
            ? Optional.of(Modality.valueOf(r.path("must_not_be").asString())) : Optional.empty();
        rels.add(new GoldRelation(r.path("id").asString(""), RelationType.valueOf(r.path("type").asString()), roles,
            r.hasNonNull("subject_affiliation") ? Optional.of(r.path("subject_affiliation").asString())
                : Optional.empty(),
            Modality.valueOf(r.path("modality").asString("ASSERTED")), mustNot,
            r.hasNonNull("evidence") ? Optional.of(r.path("evidence").asString()) : Optional.empty(),
            !"stretch".equals(r.path("level").asString("required"))));
      }
      return new Gold(root.path("document").asString(""), root.path("language").asString(""),
          root.hasNonNull("published") ? Optional.of(root.path("published").asString()) : Optional.empty(),
          ents, rels);
    } catch (IllegalArgumentException e) {
      throw new AppException(file + ": bad value in gold file: " + e.getMessage(), e);
    }
  }
}
