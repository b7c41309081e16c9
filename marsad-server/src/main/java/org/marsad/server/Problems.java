package org.marsad.server;

import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.Map;
import org.marsad.kb.export.JsonExport;

/** Errors as RFC 9457 problem details: {@code application/problem+json} with type, title, status, detail. */
final class Problems {
  static final String CONTENT_TYPE = "application/problem+json";

  private Problems() {
  }

  static void send(Context ctx, int status, String detail) {
    Map<String, Object> p = new LinkedHashMap<>();
    p.put("type", "about:blank");
    p.put("title", title(status));
    p.put("status", status);
    p.put("detail", detail);
    p.put("instance", ctx.path());
    ctx.status(status).contentType(CONTENT_TYPE).result(JsonExport.write(p));
  }

  static String title(int status) {
    switch (status) {
      case 400: return "Bad Request";
      case 401: return "Unauthorized";
      case 403: return "Forbidden";
      case 404: return "Not Found";
      case 405: return "Method Not Allowed";
      case 409: return "Conflict";
      case 413: return "Content Too Large";
      case 415: return "Unsupported Media Type";
      case 429: return "Too Many Requests";
      case 500: return "Internal Server Error";
      default: return "HTTP " + status;
    }
  }
}
