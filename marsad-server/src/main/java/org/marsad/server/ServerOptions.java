package org.marsad.server;

/**
 * Where the server listens and how much it accepts.
 *
 * @param host           address to bind; 127.0.0.1 keeps the server to this machine
 * @param port           TCP port, 0 for any free one
 * @param maxUploadBytes the largest ingest upload (all its files together); JSON bodies are held to
 *                       {@link MarsadServer#MAX_JSON_BYTES} whatever this says
 * @param cacheBytes     memory for answers kept until the knowledge base changes (see {@link AnswerCache});
 *                       0 computes every answer afresh
 */
public record ServerOptions(String host, int port, long maxUploadBytes, long cacheBytes) {
  public static final long DEFAULT_MAX_UPLOAD = 256L * 1024 * 1024;
  public static final long DEFAULT_CACHE = 64L * 1024 * 1024;

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
  }

  public static ServerOptions local(int port) {
    return new ServerOptions("127.0.0.1", port, DEFAULT_MAX_UPLOAD, DEFAULT_CACHE);
  }

  public ServerOptions withMaxUpload(long bytes) {
    return new ServerOptions(host, port, bytes, cacheBytes);
  }

  public ServerOptions withCache(long bytes) {
    return new ServerOptions(host, port, maxUploadBytes, bytes);
  }
}
