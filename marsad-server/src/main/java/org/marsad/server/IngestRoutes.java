package org.marsad.server;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.UploadedFile;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.marsad.kb.KbException;
import org.marsad.kb.grade.Credibility;
import org.marsad.kb.grade.Reliability;
import org.marsad.kb.ingest.IngestOptions;
import org.marsad.kb.ingest.Ingestor;
import org.marsad.kb.source.ReportSources;
import org.marsad.kb.source.Rejected;
import org.marsad.kb.source.SourceItem;
import org.marsad.kb.source.SourceReport;
import org.marsad.kb.store.Database;

/**
 * Ingest by upload: the files of a multipart request are saved under the data directory, read exactly as
 * {@code marsad ingest} reads files, and ingested by one background job at a time, whose progress the client
 * polls. The saved copies are removed when the job ends; the store keeps the original bytes.
 */
final class IngestRoutes implements AutoCloseable {
  static final List<String> PATHS = List.of("/api/ingest", "/api/ingest/{id}");
  private static final int MAX_FILES = 10_000;

  private final KbPool kb;
  private final Path uploads;
  private volatile Thread workerThread;
  private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
    Thread t = new Thread(r, "marsad-ingest");
    t.setDaemon(true);
    workerThread = t;
    return t;
  });
  private final Map<Long, IngestJob> jobs = new ConcurrentHashMap<>();
  private final AtomicLong ids = new AtomicLong();

  private final long maxUpload;
  /** The writer's own connection and ingestor, made and used only on the worker thread. */
  private Database writerDb;
  private Ingestor writerIngestor;
  private volatile Runnable afterIngest = () -> { };

  IngestRoutes(KbPool kb, long maxUpload) {
    this.kb = kb;
    this.maxUpload = maxUpload;
    this.uploads = kb.location().dataDir().resolve("uploads");
  }

  void register(RoutesConfig routes) {
    routes.post("/api/ingest", this::upload);
    routes.get("/api/ingest/{id}", this::status);
  }

  private void upload(Context ctx) {
    String type = ctx.contentType();
    if (type == null || !type.toLowerCase(Locale.ROOT).startsWith("multipart/form-data")) {
      throw new ServerException(415, "reports are uploaded as multipart/form-data with one or more 'files' parts, "
          + "not " + (type == null ? "nothing" : "'" + Params.clip(type) + "'"));
    }
    if (ctx.contentLength() > maxUpload) {
      throw new ServerException(413, "an upload is at most " + maxUpload + " bytes, not " + ctx.contentLength());
    }
    List<UploadedFile> files;
    try {
      files = ctx.uploadedFiles("files");
    } catch (RuntimeException e) {
      // Jetty's multipart parser: a body without length that grows past the limit, or one that is not multipart
      String why = String.valueOf(e.getMessage());
      if (why.toLowerCase(Locale.ROOT).contains("exceed") || why.toLowerCase(Locale.ROOT).contains("too large")) {
        throw new ServerException(413, "the upload is larger than " + maxUpload + " bytes", e);
      }
      throw ServerException.badRequest("the upload is not a well-formed multipart/form-data body: " + why);
    }
    IngestOptions options = options(ctx);
    if (files.isEmpty()) {
      throw ServerException.badRequest("no file in the upload: send each report as a part named 'files'");
    }
    if (files.size() > MAX_FILES) {
      throw ServerException.badRequest("at most " + MAX_FILES + " files per upload, not " + files.size());
    }
    long id = ids.incrementAndGet();
    Path dir = uploads.resolve("job-" + id + "-" + System.nanoTime());
    List<Path> saved = save(files, dir);
    Map<String, String> names = new java.util.HashMap<>();
    for (int k = 0; k < saved.size(); k++) {
      names.put(saved.get(k).toString(), "upload:" + safeName(files.get(k).filename()));
    }
    IngestJob job = new IngestJob(id, (int) Math.min(Integer.MAX_VALUE, ReportSources.withDefaults().count(saved).items()));
    jobs.put(id, job);
    worker.submit(() -> run(job, saved, names, dir, options));
    ctx.status(202).header("Location", "/api/ingest/" + id);
    ApiRoutes.json(ctx, job.json());
  }

  private void status(Context ctx) {
    long id;
    try {
      id = Long.parseLong(ctx.pathParam("id"));
    } catch (NumberFormatException e) {
      throw ServerException.badRequest("an ingest job id is a number, not '" + Params.clip(ctx.pathParam("id"))
          + "'");
    }
    IngestJob job = jobs.get(id);
    if (job == null) {
      throw ServerException.notFound("no ingest job " + id);
    }
    ApiRoutes.json(ctx, job.json());
  }

  private static IngestOptions options(Context ctx) {
    IngestOptions o = IngestOptions.defaults();
    try {
      String source = ctx.formParam("source");
      if (source != null && !source.isBlank()) {
        o = o.withSource(source.trim());
      }
      String reliability = ctx.formParam("reliability");
      if (reliability != null && !reliability.isBlank()) {
        o = o.withReliability(Reliability.parse(reliability.trim()));
      }
      String credibility = ctx.formParam("credibility");
      if (credibility != null && !credibility.isBlank()) {
        o = o.withCredibility(Credibility.parse(credibility.trim()));
      }
      String published = ctx.formParam("published");
      if (published != null && !published.isBlank()) {
        o = o.withPublished(LocalDate.parse(published.trim()));
      }
    } catch (DateTimeParseException e) {
      throw ServerException.badRequest("published must be a date like 2017-03-02, not '"
          + Params.clip(ctx.formParam("published")) + "'");
    } catch (KbException e) {
      throw ServerException.badRequest(e.getMessage());
    }
    return o;
  }

  /** Saves each part under its own base name (no path a client sends is followed), numbered to keep order. */
  private static List<Path> save(List<UploadedFile> files, Path dir) {
    List<Path> out = new ArrayList<>();
    try {
      Files.createDirectories(dir);
      int n = 0;
      for (UploadedFile f : files) {
        Path p = dir.resolve(String.format(Locale.ROOT, "%05d-%s", ++n, safeName(f.filename())));
        try (InputStream in = f.content()) {
          Files.copy(in, p, StandardCopyOption.REPLACE_EXISTING);
        }
        out.add(p);
      }
      return out;
    } catch (IOException e) {
      deleteQuietly(dir);
      throw new ServerException(500, "cannot save the upload under " + dir + ": " + e.getMessage(), e);
    }
  }

  static String safeName(String name) {
    String base = name == null ? "" : name.replace('\\', '/');
    base = base.substring(base.lastIndexOf('/') + 1).replaceAll("[^\\p{L}\\p{N}._ -]", "_").trim();
    if (base.isEmpty() || base.startsWith(".")) {
      base = "upload" + base;
    }
    return base.length() > 120 ? base.substring(base.length() - 120) : base;
  }

  private void run(IngestJob job, List<Path> saved, Map<String, String> names, Path dir, IngestOptions options) {
    job.running();
    try (Database db = Database.open(kb.location());
         Stream<SourceItem> items = ReportSources.withDefaults().read(saved).map(i -> renamed(i, names))) {
      Ingestor ingestor = new Ingestor(db, kb.extractor(), Clock.systemUTC()).addListener(kb.sync()::add);
      ingestor.ingestAll(items.iterator(), options, job::add);
      kb.sync().commit();
      job.done();
      afterIngest.run();
    } catch (RuntimeException e) {
      job.failed(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
    } finally {
      deleteQuietly(dir);
    }
  }

  /**
   * The upload's own file name in place of the temporary copy's path ("upload:report.txt", or
   * "upload:feed.jsonl:12" for a line), so that the store and the alerts name what the analyst sent.
   */
  private static SourceItem renamed(SourceItem item, Map<String, String> names) {
    for (Map.Entry<String, String> n : names.entrySet()) {
      if (item instanceof SourceReport r && r.input().startsWith(n.getKey())) {
        return new SourceReport(n.getValue() + r.input().substring(n.getKey().length()), r.original(), r.sha256(),
            r.text(), r.title(), r.url(), r.published(), r.source(), r.charset(), r.format());
      }
      if (item instanceof Rejected r && r.input().startsWith(n.getKey())) {
        return new Rejected(n.getValue() + r.input().substring(n.getKey().length()), r.reason());
      }
    }
    return item;
  }

  private static void deleteQuietly(Path dir) {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(dir)) {
      walk.sorted(Comparator.reverseOrder()).forEach(p -> {
        try {
          Files.deleteIfExists(p);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      });
    } catch (IOException | UncheckedIOException e) {
      // a leftover copy in uploads/ is harmless; the store already holds what was ingested
    }
  }

  /** Runs after each upload job, on the worker thread: publishing what the job added. */
  void afterIngest(Runnable r) {
    afterIngest = r;
  }

  /**
   * Runs {@code work} on the one writer thread, after uploads queued before it, and waits for it: every write to
   * the store and the search index (uploads, what partners post, publications) happens there, one at a time.
   */
  <T> T onWriter(java.util.function.BiFunction<Database, Ingestor, T> work) {
    if (Thread.currentThread() == workerThread) {
      return work.apply(writerDb(), writerIngestor); // already the writer: waiting for itself would never end
    }
    java.util.concurrent.Future<T> f = worker.submit(() -> work.apply(writerDb(), writerIngestor));
    try {
      return f.get();
    } catch (java.util.concurrent.ExecutionException e) {
      throw e.getCause() instanceof RuntimeException r ? r : new ServerException(500, "writer failed: "
          + e.getCause(), e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ServerException(503, "interrupted while waiting for the writer");
    }
  }

  /** Queues {@code work} on the writer thread without waiting. */
  void laterOnWriter(java.util.function.BiConsumer<Database, Ingestor> work) {
    worker.submit(() -> work.accept(writerDb(), writerIngestor));
  }

  private Database writerDb() {
    if (writerDb == null) {
      writerDb = Database.open(kb.location());
      writerIngestor = new Ingestor(writerDb, kb.extractor(), Clock.systemUTC()).addListener(kb.sync()::add);
    }
    return writerDb;
  }

  @Override
  public void close() {
    worker.submit(() -> {
      if (writerDb != null) {
        writerDb.close();
      }
    });
    worker.shutdown();
    try {
      worker.awaitTermination(30, java.util.concurrent.TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
