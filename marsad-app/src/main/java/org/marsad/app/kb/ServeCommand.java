package org.marsad.app.kb;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.marsad.app.AppException;
import org.marsad.app.ExtractorFactory;
import org.marsad.server.MarsadServer;
import org.marsad.server.ServerOptions;
import org.marsad.share.tls.Keystores;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** `marsad serve`: the web app, the HTTP API and, over HTTPS, TAXII 2.1, until interrupted. */
@Command(name = "serve", mixinStandardHelpOptions = true,
    description = {"Serve the knowledge base: the web app, the JSON API (documented at /api/docs) and, with a "
        + "keystore, TAXII 2.1 at /taxii2/ for partners.",
        "On the first start of a store an admin account is made and its token printed once."})
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

  @Option(names = "--tls-keystore", paramLabel = "FILE", description = "Serve HTTPS (and TAXII) with this PKCS#12 "
      + "keystore; its password comes from the variable named by --tls-password-env.")
  Path keystore;

  @Option(names = "--tls-password-env", paramLabel = "VAR", description = "Environment variable holding the "
      + "keystore password (default ${DEFAULT-VALUE}).")
  String passwordEnv = "MARSAD_TLS_PASSWORD";

  @Option(names = "--tls-self-signed", description = "Serve HTTPS with a self-signed certificate made on first use "
      + "under DATA/tls/ (prints its SHA-256, which partners pin).")
  boolean selfSigned;

  @Option(names = "--node", paramLabel = "NAME", description = "This node's name in what it publishes.")
  String node;

  @Option(names = "--rate", paramLabel = "N", description = "Requests per second per account, in bursts of ten "
      + "times that (default ${DEFAULT-VALUE}); more are answered 429 with Retry-After.")
  int rate = ServerOptions.DEFAULT_RATE;

  @Option(names = "--public-discovery", description = "Let TAXII discovery (/taxii2/) answer without signing in.")
  boolean publicDiscovery;

  @Override
  public Integer call() throws InterruptedException {
    if (cacheMb < 0) {
      throw new picocli.CommandLine.ParameterException(spec.commandLine(),
          "--cache-mb cannot be negative: " + cacheMb);
    }
    ServerOptions options = new ServerOptions(host, port, ServerOptions.DEFAULT_MAX_UPLOAD, cacheMb * 1024L * 1024L)
        .withRate(rate).withPublicDiscovery(publicDiscovery).withNodeKey(store.nodeKey());
    if (node != null) {
      options = options.withNodeName(node);
    }
    PrintWriter out = spec.commandLine().getOut();
    if (keystore != null) {
      String pw = Optional.ofNullable(System.getenv(passwordEnv)).orElseThrow(() -> new AppException(
          "--tls-keystore needs the keystore password in the environment variable " + passwordEnv));
      options = options.withTls(keystore, pw.toCharArray());
    } else if (selfSigned) {
      NodeTls.Made made = NodeTls.selfSigned(store.data(), node == null ? "Marsad node" : node);
      options = options.withTls(made.keystore(), made.password());
    }
    options.tls().ifPresent(t -> out.println("TLS certificate SHA-256 (partners pin it): " + Keystores.fingerprint(
        Keystores.certificate(Keystores.load(t.keystore(), t.password())).orElseThrow())));
    Optional<String> first = FirstAccount.ensureAdmin(store);
    serveUntilStopped(store, options, out, first);
    return 0;
  }

  /**
   * Serves the store's web app and API, prints where (with a sign-in link when a token is given), and returns when
   * the process is told to stop.
   */
  public static void serveUntilStopped(StoreOptions store, ServerOptions options, PrintWriter out,
                                       Optional<String> token) throws InterruptedException {
    MarsadServer server = MarsadServer.start(store.location(), ExtractorFactory.create(store.lexiconDir()),
        options);
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      server.close();
      stopped.countDown();
    }, "marsad-serve-stop"));
    String what = store.location().dialect() == org.marsad.kb.store.StoreLocation.Dialect.H2
        ? store.location().dataDir().toString() : store.location().describe();
    String base = server.baseUrl(options.host());
    out.println("Marsad is serving " + what + ":");
    out.println("  web app  " + base + "/");
    out.println("  API      " + base + "/api/docs");
    if (options.tls().isPresent()) {
      out.println("  TAXII    " + base + "/taxii2/");
    }
    token.ifPresent(t -> {
      out.println("Sign in (this link holds a token shown only now; keep it secret):");
      out.println("  " + base + "/#login=" + t);
    });
    out.println("(Ctrl-C stops it)");
    out.flush();
    stopped.await();
  }
}
