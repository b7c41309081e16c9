package org.marsad.server;

import io.javalin.Javalin;
import io.javalin.config.SizeUnit;
import io.javalin.http.staticfiles.Location;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.marsad.extract.Extractor;
import org.marsad.kb.KbException;
import org.marsad.kb.query.AmbiguousEntityException;
import org.marsad.kb.query.BadReferenceException;
import org.marsad.kb.query.UnknownEntityException;
import org.marsad.kb.query.UnknownFactException;
import org.marsad.kb.store.StoreLocation;
import org.marsad.share.audit.AuditGate;
import org.marsad.share.partner.CredentialKey;
import org.marsad.share.partner.Partners;
import org.marsad.share.secret.NodeKey;
import org.marsad.share.taxii.TaxiiService;
import java.time.Clock;
import java.util.Optional;

/**
 * Marsad over HTTP: the web app (static files under {@code /web} on the class path) and the JSON API it
 * calls, documented at {@code /api/docs}, served by one process over one knowledge base. Start it, ask
 * {@link #port()}, close it.
 */
public final class MarsadServer implements AutoCloseable {
  /** JSON bodies the API accepts; larger ones are refused with 413 before they are read. */
  public static final long MAX_JSON_BYTES = 1L << 20;
  /** Set on a request whose error body is written: Javalin's own error pages must not replace it. */
  static final String PROBLEM = "marsad.problem";

  private final KbPool kb;
  private final IngestRoutes ingest;
  private final Javalin app;
  private final String scheme;

  private MarsadServer(KbPool kb, IngestRoutes ingest, Javalin app, String scheme) {
    this.kb = kb;
    this.ingest = ingest;
    this.app = app;
    this.scheme = scheme;
  }

  /** Opens the knowledge base at {@code location} and starts serving as {@code options} say. */
  public static MarsadServer start(StoreLocation location, Extractor extractor, ServerOptions options) {
    KbPool kb = new KbPool(location, extractor, Math.max(2, Runtime.getRuntime().availableProcessors() * 2));
    try {
      String openApi = resource("openapi.json");
      ApiRoutes api = new ApiRoutes(kb, new AnswerCache(options.cacheBytes()));
      WatchRoutes watches = new WatchRoutes(kb);
      IngestRoutes ingest = new IngestRoutes(kb, options.maxUploadBytes());
      Clock clock = Clock.systemUTC();
      AuditGate gate = new AuditGate();
      Auth auth = new Auth(kb, gate, new RateLimiter(options.rate(), System::nanoTime), options.publicDiscovery(),
          clock);
      ViewAudit views = new ViewAudit(kb, gate, clock);
      Optional<TaxiiRoutes> taxii = options.tls().map(t -> new TaxiiRoutes(kb, ingest, gate,
          "Marsad node " + options.nodeName().orElse(""), clock));
      Path nodeKey = options.nodeKey().orElse(location.dataDir().resolve(NodeKey.FILE_NAME));
      // a store from before partners' credentials were sealed has them sealed now, not at the first automatic send
      kb.with(db -> db.inTransaction(h -> new Partners(h).inClear().isEmpty() ? null : CredentialKey.open(h,
          nodeKey)));
      Publishing publishing = new Publishing(kb, ingest, gate, options, nodeKey, clock);
      Javalin app = Javalin.create(config -> {
        options.tls().ifPresent(t -> config.jetty.addConnector((server, http) -> TlsConnector.create(server, http,
            options)));
        config.routes.before(auth::check);
        config.routes.after(views::after);
        config.http.maxRequestSize = options.maxUploadBytes();
        config.jetty.multipartConfig.maxTotalRequestSize(options.maxUploadBytes(), SizeUnit.BYTES);
        config.jetty.multipartConfig.maxFileSize(options.maxUploadBytes(), SizeUnit.BYTES);
        config.jetty.multipartConfig.maxInMemoryFileSize(1 << 20, SizeUnit.BYTES);
        config.routes.before("/api/*", ctx -> {
          boolean json = ctx.contentType() == null || !ctx.contentType().startsWith("multipart/");
          if (json && ctx.contentLength() > MAX_JSON_BYTES) {
            throw new ServerException(413, "a request body is at most " + MAX_JSON_BYTES + " bytes, not "
                + ctx.contentLength());
          }
        });
        config.router.ignoreTrailingSlashes = true;
        config.http.prefer405over404 = true;
        config.startup.showJavalinBanner = false;
        config.staticFiles.add("/web", Location.CLASSPATH);
        config.staticFiles.enableWebjars(); // front-end libraries come from Maven Central as WebJars
        api.register(config.routes);
        watches.register(config.routes);
        ingest.register(config.routes);
        taxii.ifPresent(t -> t.register(config.routes));
        config.routes.get("/api/docs", ctx -> ctx.contentType("application/json").result(openApi));
        config.routes.exception(Auth.Refused.class, (e, ctx) -> refused(ctx, e));
        config.routes.exception(ServerException.class, (e, ctx) -> problem(ctx, e.status(), e.getMessage()));
        config.routes.exception(UnknownEntityException.class, (e, ctx) -> problem(ctx, 404, e.getMessage()));
        config.routes.exception(UnknownFactException.class, (e, ctx) -> problem(ctx, 404, e.getMessage()));
        config.routes.exception(BadReferenceException.class, (e, ctx) -> problem(ctx, 400, e.getMessage()));
        config.routes.exception(AmbiguousEntityException.class, (e, ctx) -> problem(ctx, 409, e.getMessage()));
        config.routes.exception(KbException.class, (e, ctx) -> problem(ctx, 500, e.getMessage()));
        config.routes.exception(Exception.class, (e, ctx) -> problem(ctx, 500, "internal error: "
            + e.getClass().getSimpleName()));
        config.routes.error(404, ctx -> fallback(ctx, "no such resource: " + ctx.method() + " " + ctx.path()));
        config.routes.error(405, ctx -> fallback(ctx, ctx.method() + " is not allowed on " + ctx.path()));
        config.routes.error(413, ctx -> fallback(ctx, "the body is larger than " + options.maxUploadBytes()
            + " bytes"));
      });
      app.start(options.host(), options.port());
      if (options.tls().isPresent()) {
        ingest.afterIngest(publishing::soon);
        publishing.soon();
      }
      return new MarsadServer(kb, ingest, app, options.scheme());
    } catch (RuntimeException e) {
      kb.close();
      throw e;
    }
  }

  private static void refused(Context ctx, Auth.Refused e) {
    ctx.attribute(PROBLEM, Boolean.TRUE);
    if (e.status() == 401) {
      ctx.header("WWW-Authenticate", "Basic realm=\"marsad\", Bearer realm=\"marsad\"");
    }
    if (e.retryAfter > 0) {
      ctx.header("Retry-After", String.valueOf(e.retryAfter));
    }
    if (e.taxii) {
      TaxiiRoutes.send(ctx, TaxiiService.error(e.status(), Problems.title(e.status()), e.getMessage()));
    } else {
      Problems.send(ctx, e.status(), e.getMessage());
    }
  }

  private static void problem(Context ctx, int status, String detail) {
    ctx.attribute(PROBLEM, Boolean.TRUE);
    Problems.send(ctx, status, detail);
  }

  /** Errors Javalin raises itself (unknown path, wrong method, oversize body) get the same problem shape. */
  private static void fallback(Context ctx, String detail) {
    if (ctx.attribute(PROBLEM) == null) {
      Problems.send(ctx, ctx.statusCode(), detail);
    }
  }

  private static String resource(String name) {
    try (InputStream in = MarsadServer.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new ServerException(500, "missing resource " + name + " in the server jar");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read resource " + name, e);
    }
  }

  public int port() {
    return app.port();
  }

  /** "https" when serving from a keystore, else "http". */
  public String scheme() {
    return scheme;
  }

  /** Where the server answers, e.g. https://127.0.0.1:8443. */
  public String baseUrl(String host) {
    return scheme + "://" + host + ":" + port();
  }

  @Override
  public void close() {
    try {
      app.stop();
    } finally {
      try {
        ingest.close();
      } finally {
        kb.close();
      }
    }
  }
}
