package org.marsad.server;

import java.nio.file.Path;
import java.util.Optional;

/**
 * Where the server listens, how much it accepts, and how it is secured.
 *
 * @param host           address to bind; 127.0.0.1 keeps the server to this machine
 * @param port           TCP port, 0 for any free one
 * @param maxUploadBytes the largest ingest upload (all its files together); JSON bodies are held to
 *                       {@link MarsadServer#MAX_JSON_BYTES} whatever this says
 * @param cacheBytes     memory for answers kept until the knowledge base changes (see {@link AnswerCache});
 *                       0 computes every answer afresh
 * @param tls            the PKCS#12 keystore to serve HTTPS from; without it the server speaks plain HTTP and
 *                       serves no TAXII (TAXII 2.1 requires HTTPS), which only suits loopback
 * @param rate           requests per second each account may make, in a burst of ten times that
 * @param publicDiscovery whether TAXII discovery answers without signing in
 * @param nodeName       the node's name in what it publishes (the store's, when empty)
 * @param nodeKey        the node key file partners' credentials are sealed with (when empty, node.key in the
 *                       store's data directory)
 */
public record ServerOptions(String host, int port, long maxUploadBytes, long cacheBytes, Optional<Tls> tls,
                            int rate, boolean publicDiscovery, Optional<String> nodeName, Optional<Path> nodeKey) {
  public static final long DEFAULT_MAX_UPLOAD = 256L * 1024 * 1024;
  public static final long DEFAULT_CACHE = 64L * 1024 * 1024;
  /** Generous for the web app, which asks several answers per page, and ten times that in a burst. */
  public static final int DEFAULT_RATE = 100;

  /** A keystore file and its password. */
  public record Tls(Path keystore, char[] password) {
  }

  public ServerOptions {
    if (port < 0 || port > 65_535) {
      throw new ServerException(500, "a TCP port is between 0 and 65535, not " + port);
    }
    if (maxUploadBytes < MarsadServer.MAX_JSON_BYTES) {
      throw new ServerException(500, "the upload limit must be at least " + MarsadServer.MAX_JSON_BYTES
          + " bytes, not " + maxUploadBytes);
    }
    if (cacheBytes < 0) {
      throw new ServerException(500, "the answer cache cannot be negative: " + cacheBytes + " bytes");
    }
    if (rate < 1) {
      throw new ServerException(500, "the rate limit is at least 1 request per second, not " + rate);
    }
  }

  public ServerOptions(String host, int port, long maxUploadBytes, long cacheBytes) {
    this(host, port, maxUploadBytes, cacheBytes, Optional.empty(), DEFAULT_RATE, false, Optional.empty(),
        Optional.empty());
  }

  public static ServerOptions local(int port) {
    return new ServerOptions("127.0.0.1", port, DEFAULT_MAX_UPLOAD, DEFAULT_CACHE);
  }

  public ServerOptions withMaxUpload(long bytes) {
    return new ServerOptions(host, port, bytes, cacheBytes, tls, rate, publicDiscovery, nodeName, nodeKey);
  }

  public ServerOptions withCache(long bytes) {
    return new ServerOptions(host, port, maxUploadBytes, bytes, tls, rate, publicDiscovery, nodeName, nodeKey);
  }

  public ServerOptions withTls(Path keystore, char[] password) {
    return new ServerOptions(host, port, maxUploadBytes, cacheBytes, Optional.of(new Tls(keystore, password)), rate,
        publicDiscovery, nodeName, nodeKey);
  }

  public ServerOptions withRate(int perSecond) {
    return new ServerOptions(host, port, maxUploadBytes, cacheBytes, tls, perSecond, publicDiscovery, nodeName,
        nodeKey);
  }

  public ServerOptions withPublicDiscovery(boolean open) {
    return new ServerOptions(host, port, maxUploadBytes, cacheBytes, tls, rate, open, nodeName, nodeKey);
  }

  public ServerOptions withNodeName(String name) {
    return new ServerOptions(host, port, maxUploadBytes, cacheBytes, tls, rate, publicDiscovery, Optional.of(name),
        nodeKey);
  }

  public String scheme() {
    return tls.isPresent() ? "https" : "http";
  }

  public ServerOptions withNodeKey(Path file) {
    return new ServerOptions(host, port, maxUploadBytes, cacheBytes, tls, rate, publicDiscovery, nodeName,
        Optional.of(file));
  }
}
