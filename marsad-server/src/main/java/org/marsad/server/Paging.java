package org.marsad.server;

import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@code ?offset=&limit=} of a list answer, checked, and the page of a list it selects. */
record Paging(int offset, int limit) {
  static final int DEFAULT_LIMIT = 50;
  static final int MAX_LIMIT = 500;

  static Paging of(Context ctx) {
    int offset = Params.intParam(ctx, "offset", 0, 0, Integer.MAX_VALUE);
    int limit = Params.intParam(ctx, "limit", DEFAULT_LIMIT, 1, MAX_LIMIT);
    return new Paging(offset, limit);
  }

  /** {"items": [...], "offset", "limit", "total"}: the items of this page of {@code all}. */
  <T> Map<String, Object> page(List<T> all, java.util.function.Function<List<T>, Object> render) {
    int from = (int) Math.min(offset, all.size());
    int to = (int) Math.min((long) from + limit, all.size());
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("items", render.apply(all.subList(from, to)));
    m.put("offset", offset);
    m.put("limit", limit);
    m.put("total", all.size());
    return m;
  }
}
