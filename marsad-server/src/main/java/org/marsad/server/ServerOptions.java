package org.marsad.server;

/**
 * Where the server listens and how much it accepts.
 *
 * @param host           address to bind; 127.0.0.1 keeps the server to this machine
 * @param port           TCP port, 0 for any free one
 * @param maxUploadBytes the largest ingest upload (all its files together); JSON bodies are held to
 *                       {@link MarsadServer#MAX_JSON_BYTES} whatever this says
 */
public record ServerOptions(String host, int port, long maxUploadBytes) {
  public static final long DEFAULT_MAX_UPLOAD = 256L * 1024 * 1024;

  public ServerOptions {
    if (port < 0 || port > 65_535) {
      throw new ServerException(500, "a TCP port is between 0 and 65535, not " + port);
    }
    if (maxUploadBytes < MarsadServer.MAX_JSON_BYTES) {
      throw new ServerException(500, "the upload limit must be at least " + MarsadServer.MAX_JSON_BYTES
          + " bytes, not " + maxUploadBytes);
    }
  }

  public static ServerOptions local(int port) {
    return new ServerOptions("127.0.0.1", port, DEFAULT_MAX_UPLOAD);
  }

  public ServerOptions withMaxUpload(long bytes) {
    return new ServerOptions(host, port, bytes);
  }
}
