package org.marsad.server;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.marsad.extract.RelationType;
import org.marsad.kb.export.AnswerJson;
import org.marsad.kb.export.JsonExport;
import org.marsad.kb.query.EntityLookup;
import org.marsad.kb.query.Fact;
import org.marsad.kb.query.FactRef;
import org.marsad.kb.query.Questions;
import org.marsad.kb.search.FacetDim;
import org.marsad.kb.search.SearchQuery;
import org.marsad.kb.search.SearchResult;
import org.marsad.kb.store.Database;
import org.marsad.kb.store.Entities;
import org.marsad.kb.store.Reports;
import org.marsad.kb.store.Sources;
import org.marsad.kb.store.StoredReport;
import org.marsad.kb.store.Watches;

/**
 * The read side of the HTTP API: every question the command line answers, as JSON in the shapes of
 * {@link AnswerJson}. Lists are paged with {@code offset} and {@code limit}.
 */
final class ApiRoutes {
  /** Evidence shown per fact; the rest is counted in {@code evidence_total}. */
  static final int MAX_EVIDENCE = 20;
  private final KbPool kb;
  private final AnswerCache cache;

  ApiRoutes(KbPool kb, AnswerCache cache) {
    this.kb = kb;
    this.cache = cache;
  }

  /** Every path this class serves, as documented in openapi.json; a test holds the two together. */
  static final List<String> PATHS = List.of("/api/health", "/api/search", "/api/entities/{ref}",
      "/api/facts/{fact}/evidence", "/api/relations",
      "/api/timeline/{ref}", "/api/network/{ref}", "/api/changes", "/api/sources", "/api/alerts",
      "/api/reports/{id}");

  void register(RoutesConfig routes) {
    routes.get("/api/health", this::health);
    routes.get("/api/search", this::search);
    // <ref> rather than {ref}: an entity's ident has a slash in it ("group/jnim")
    routes.get("/api/entities/<ref>", this::entity);
    routes.get("/api/facts/{fact}/evidence", this::evidence);
    routes.get("/api/relations", this::relations);
    routes.get("/api/timeline/<ref>", this::timeline);
    routes.get("/api/network/<ref>", this::network);
    routes.get("/api/changes", this::changes);
    routes.get("/api/sources", this::sources);
    routes.get("/api/alerts", this::alerts);
    routes.get("/api/reports/{id}", this::report);
  }

  static void json(Context ctx, Object value) {
    ctx.contentType("application/json").result(JsonExport.write(value));
  }

  /**
   * Serves the answer kept for this exact request if the knowledge base has not changed since, else computes,
   * keeps and serves it. Only questions that read the knowledge base go through here; errors are never kept.
   */
  private void cached(Context ctx, java.util.function.Function<Database, Object> answer) {
    String key = ctx.path() + "?" + Optional.ofNullable(ctx.queryString()).orElse("");
    byte[] body = kb.with(db -> {
      String version = kb.version(db);
      return cache.get(key, version).orElseGet(() -> {
        byte[] fresh = JsonExport.write(answer.apply(db)).getBytes(java.nio.charset.StandardCharsets.UTF_8);
        cache.put(key, version, fresh);
        return fresh;
      });
    });
    ctx.contentType("application/json").result(body);
  }

  private static AnswerJson answers(Questions q, Database db) {
    return answers(q, db, Map.of());
  }

  /** With some reports read beforehand: a page of hits names ten, read in one query instead of one each. */
  private static AnswerJson answers(Questions q, Database db, Map<Long, StoredReport> read) {
    Reports reports = new Reports(db.handle());
    return new AnswerJson(q::entity, id -> read.containsKey(id) ? Optional.of(read.get(id).inputName())
        : reports.byId(id).map(StoredReport::inputName), MAX_EVIDENCE);
  }

  private Questions questions(Database db) {
    return new Questions(db.handle(), kb.nameKey(), Optional.of(kb.index()));
  }

  private void health(Context ctx) {
    json(ctx, kb.with(db -> {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("status", "ok");
      m.put("reports", new Reports(db.handle()).count());
      m.put("indexed", kb.index().size());
      return m;
    }));
  }

  private void search(Context ctx) {
    Paging paging = Paging.of(ctx);
    SearchQuery.Builder q = SearchQuery.builder().text(Optional.ofNullable(ctx.queryParam("q")).orElse(""))
        .page(paging.offset(), paging.limit());
    List<String> types = Params.types(ctx).stream().map(Enum::name).toList();
    filter(q, FacetDim.EVENT_TYPE, types);
    filter(q, FacetDim.SOURCE, ctx.queryParams("source"));
    Params.date(ctx, "from").ifPresent(q::from);
    Params.date(ctx, "to").ifPresent(q::to);
    cached(ctx, db -> {
      EntityLookup lookup = new EntityLookup(new Entities(db.handle()), kb.nameKey());
      filter(q, FacetDim.GROUP, lookup.facetLabels(ctx.queryParams("group")));
      filter(q, FacetDim.PERSON, lookup.facetLabels(ctx.queryParams("person")));
      filter(q, FacetDim.PLACE, lookup.facetLabels(ctx.queryParams("place")));
      SearchResult r = kb.index().search(q.build());
      Map<Long, StoredReport> hitReports = new Reports(db.handle()).byIds(r.hits().stream()
          .map(org.marsad.kb.search.Hit::reportId).toList());
      Map<String, Object> m = new LinkedHashMap<>(answers(questions(db), db, hitReports).search(r));
      m.put("offset", paging.offset());
      m.put("limit", paging.limit());
      return m;
    });
  }

  private static void filter(SearchQuery.Builder q, FacetDim dim, List<String> values) {
    List<String> present = values.stream().filter(v -> !v.isBlank()).toList();
    if (!present.isEmpty()) {
      q.filter(dim, present.toArray(String[]::new));
    }
  }

  /** A profile with one page of its affiliations (offset and limit, in event-time order): a group has thousands. */
  private void entity(Context ctx) {
    String ref = ctx.pathParam("ref");
    Paging paging = Paging.of(ctx);
    cached(ctx, db -> {
      Questions q = questions(db);
      Map<String, Object> m = new LinkedHashMap<>(answers(q, db).profile(q.profile(ref, paging.offset(),
          paging.limit())));
      m.put("affiliations_offset", paging.offset());
      m.put("affiliations_limit", paging.limit());
      return m;
    });
  }

  /**
   * One page of an affiliation's evidence, best grade first, then newest: what an entity page shows when the analyst
   * asks for all of it. Paged by cursor, not offset: the order is an index range, so each page costs the same.
   */
  private void evidence(Context ctx) {
    FactRef fact = FactRef.parse(ctx.pathParam("fact"));
    if (ctx.queryParam("offset") != null) {
      throw ServerException.badRequest("evidence is paged with cursor (the next_cursor of the page before), not "
          + "offset='" + Params.clip(ctx.queryParam("offset")) + "'");
    }
    int limit = Params.intParam(ctx, "limit", Paging.DEFAULT_LIMIT, 1, Paging.MAX_LIMIT);
    Optional<String> cursor = Optional.ofNullable(ctx.queryParam("cursor")).filter(c -> !c.isBlank());
    cached(ctx, db -> {
      Questions q = questions(db);
      return answers(q, db).evidencePage(q.evidence(fact, cursor, limit));
    });
  }

  private void relations(Context ctx) {
    Paging paging = Paging.of(ctx);
    Set<RelationType> types = Params.types(ctx).isEmpty() ? Set.of() : EnumSet.copyOf(Params.types(ctx));
    Optional<String> entity = Optional.ofNullable(ctx.queryParam("entity")).filter(s -> !s.isBlank());
    json(ctx, kb.with(db -> {
      Questions q = questions(db);
      List<Fact> facts = q.relations(types, Params.date(ctx, "asOf"), entity);
      return paging.page(facts, answers(q, db)::facts);
    }));
  }

  private void timeline(Context ctx) {
    Paging paging = Paging.of(ctx);
    String ref = ctx.pathParam("ref");
    cached(ctx, db -> {
      Questions q = questions(db);
      return paging.page(q.timeline(ref), answers(q, db)::facts);
    });
  }

  private void network(Context ctx) {
    String ref = ctx.pathParam("ref");
    int depth = Params.intParam(ctx, "depth", 1, 1, 3);
    cached(ctx, db -> {
      Questions q = questions(db);
      return answers(q, db).network(q.network(ref, depth));
    });
  }

  private void changes(Context ctx) {
    Instant since = Params.requiredDate(ctx, "since").atStartOfDay(ZoneOffset.UTC).toInstant();
    json(ctx, kb.with(db -> {
      Questions q = questions(db);
      return answers(q, db).changes(q.changes(since));
    }));
  }

  private void sources(Context ctx) {
    json(ctx, kb.with(db -> AnswerJson.sources(new Sources(db.handle()).stats())));
  }

  private void alerts(Context ctx) {
    Paging paging = Paging.of(ctx);
    Optional<Instant> since = Params.date(ctx, "since").map(d -> d.atStartOfDay(ZoneOffset.UTC).toInstant());
    json(ctx, kb.with(db -> {
      Questions q = questions(db);
      return paging.page(new Watches(db.handle()).alerts(since), answers(q, db)::alerts);
    }));
  }

  private void report(Context ctx) {
    long id = ReportView.id(ctx.pathParam("id"));
    json(ctx, kb.with(db -> new ReportView(db, questions(db)).render(id)));
  }
}
