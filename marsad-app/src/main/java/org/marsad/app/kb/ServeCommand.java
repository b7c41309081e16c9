package org.marsad.app.kb;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.marsad.app.ExtractorFactory;
import org.marsad.server.MarsadServer;
import org.marsad.server.ServerOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** `marsad serve`: the HTTP API over the knowledge base, until interrupted. */
@Command(name = "serve", mixinStandardHelpOptions = true,
    description = "Serve the knowledge base over HTTP: the JSON API, documented at /api/docs.")
public final class ServeCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Mixin
  StoreOptions store;

  @Option(names = "--port", paramLabel = "N", description = "TCP port (default ${DEFAULT-VALUE}; 0 for any free).")
  int port = 8080;

  @Option(names = "--host", paramLabel = "ADDRESS",
      description = "Address to listen on (default ${DEFAULT-VALUE}: this machine only).")
  String host = "127.0.0.1";

  @Option(names = "--cache-mb", paramLabel = "MB", description = "Memory for answers kept until the knowledge "
      + "base changes (default ${DEFAULT-VALUE}; 0 computes every answer afresh).")
  int cacheMb = 64;

  @Override
  public Integer call() throws InterruptedException {
    if (cacheMb < 0) {
      throw new picocli.CommandLine.ParameterException(spec.commandLine(),
          "--cache-mb cannot be negative: " + cacheMb);
    }
    serveUntilStopped(store, new ServerOptions(host, port, ServerOptions.DEFAULT_MAX_UPLOAD,
        cacheMb * 1024L * 1024L), spec.commandLine().getOut());
    return 0;
  }

  /** Serves the store's web app and API, prints where, and returns when the process is told to stop. */
  public static void serveUntilStopped(StoreOptions store, ServerOptions options, PrintWriter out)
      throws InterruptedException {
    MarsadServer server = MarsadServer.start(store.location(), ExtractorFactory.create(store.lexiconDir()),
        options);
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      server.close();
      stopped.countDown();
    }, "marsad-serve-stop"));
    String what = store.location().dialect() == org.marsad.kb.store.StoreLocation.Dialect.H2
        ? store.location().dataDir().toString() : store.location().describe();
    out.println("Marsad is serving " + what + ":");
    out.println("  web app  http://" + options.host() + ":" + server.port() + "/");
    out.println("  API      http://" + options.host() + ":" + server.port() + "/api/docs");
    out.println("(Ctrl-C stops it)");
    out.flush();
    stopped.await();
  }
}
