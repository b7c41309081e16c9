package org.marsad.server;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.marsad.extract.RelationType;
import org.marsad.kb.store.Watch;
import org.marsad.kb.store.Watches;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Standing questions over HTTP: list, add (a JSON body) and remove watches. */
final class WatchRoutes {
  static final List<String> PATHS = List.of("/api/watches", "/api/watches/{name}");
  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final int MAX_NAME = 100;

  private final KbPool kb;

  WatchRoutes(KbPool kb) {
    this.kb = kb;
  }

  void register(RoutesConfig routes) {
    routes.get("/api/watches", this::list);
    routes.post("/api/watches", this::add);
    routes.delete("/api/watches/{name}", this::remove);
  }

  private void list(Context ctx) {
    ApiRoutes.json(ctx, kb.with(db -> {
      List<Object> all = new ArrayList<>();
      new Watches(db.handle()).all().forEach(w -> all.add(json(w)));
      return all;
    }));
  }

  private void add(Context ctx) {
    String type = ctx.contentType();
    if (type == null || !type.toLowerCase(java.util.Locale.ROOT).startsWith("application/json")) {
      throw new ServerException(415, "a watch is sent as application/json, not " + (type == null ? "nothing"
          : "'" + Params.clip(type) + "'"));
    }
    JsonNode body;
    try {
      body = JSON.readTree(ctx.body());
    } catch (JacksonException e) {
      throw ServerException.badRequest("the body is not valid JSON: " + e.getOriginalMessage());
    }
    if (body == null || !body.isObject()) {
      throw ServerException.badRequest("a watch is a JSON object with at least a name");
    }
    String name = text(body, "name");
    if (name.isBlank() || name.length() > MAX_NAME) {
      throw ServerException.badRequest("a watch needs a name of 1 to " + MAX_NAME + " characters");
    }
    String question = text(body, "question");
    List<RelationType> typeList = strings(body, "types").stream().map(Params::type).toList();
    Set<RelationType> types = typeList.isEmpty() ? Set.of() : EnumSet.copyOf(typeList);
    List<String> entities = strings(body, "entities");
    List<String> with = strings(body, "with");
    List<String> places = strings(body, "places");
    if (types.isEmpty() && entities.isEmpty() && with.isEmpty() && places.isEmpty()) {
      throw ServerException.badRequest("a watch needs at least one indicator: types, entities, with or places");
    }
    Watch w = kb.with(db -> {
      Watches watches = new Watches(db.handle());
      if (watches.byName(name).isPresent()) {
        throw new ServerException(409, "a watch named '" + Params.clip(name) + "' exists already");
      }
      try {
        return watches.add(name, question.isBlank() ? name : question, types, entities, with, places,
            Instant.now());
      } catch (org.marsad.kb.KbException e) {
        throw ServerException.badRequest(e.getMessage()); // the store refuses what it cannot keep, and says why
      }
    });
    ctx.status(201);
    ApiRoutes.json(ctx, json(w));
  }

  private void remove(Context ctx) {
    String name = ctx.pathParam("name");
    boolean removed = kb.with(db -> new Watches(db.handle()).remove(name));
    if (!removed) {
      throw ServerException.notFound("no watch named '" + Params.clip(name) + "'");
    }
    ctx.status(204);
  }

  private static String text(JsonNode body, String field) {
    JsonNode v = body.get(field);
    if (v == null || v.isNull()) {
      return "";
    }
    if (!v.isString()) {
      throw ServerException.badRequest(field + " must be a string");
    }
    return v.asString().trim();
  }

  private static List<String> strings(JsonNode body, String field) {
    JsonNode v = body.get(field);
    if (v == null || v.isNull()) {
      return List.of();
    }
    if (!v.isArray()) {
      throw ServerException.badRequest(field + " must be a list of strings");
    }
    List<String> out = new ArrayList<>();
    for (JsonNode item : v) {
      if (!item.isString() || item.asString().isBlank()) {
        throw ServerException.badRequest(field + " must be a list of non-empty strings");
      }
      out.add(item.asString().trim());
    }
    return out;
  }

  static Map<String, Object> json(Watch w) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", w.id());
    m.put("name", w.name());
    m.put("question", w.question());
    m.put("types", w.types().stream().map(Enum::name).sorted().toList());
    m.put("entities", w.entities());
    m.put("with", w.counterparts());
    m.put("places", w.places());
    return m;
  }
}
