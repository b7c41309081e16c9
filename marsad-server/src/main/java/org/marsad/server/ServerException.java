package org.marsad.server;

/**
 * The root of the server's errors. Each carries the HTTP status it answers with and a detail that names the
 * bad value; {@link Problems} turns it into an RFC 9457 problem document.
 */
public class ServerException extends RuntimeException {
  private final int status;

  public ServerException(int status, String detail) {
    super(detail);
    this.status = status;
  }

  public ServerException(int status, String detail, Throwable cause) {
    super(detail, cause);
    this.status = status;
  }

  public static ServerException badRequest(String detail) {
    return new ServerException(400, detail);
  }

  public static ServerException notFound(String detail) {
    return new ServerException(404, detail);
  }

  public int status() {
    return status;
  }
}
