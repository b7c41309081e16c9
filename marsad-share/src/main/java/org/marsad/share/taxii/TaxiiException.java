package org.marsad.share.taxii;

import org.marsad.share.ShareException;

/**
 * A TAXII request that cannot be served, with the HTTP status TAXII 2.1 section 3.6 gives for it; the service
 * turns it into an error message resource.
 */
public class TaxiiException extends ShareException {
  private final int status;

  public TaxiiException(int status, String message) {
    super(message);
    this.status = status;
  }

  public int status() {
    return status;
  }

  public String title() {
    return switch (status) {
      case 400 -> "Bad Request";
      case 401 -> "Unauthorized";
      case 403 -> "Forbidden";
      case 404 -> "Not Found";
      case 405 -> "Method Not Allowed";
      case 406 -> "Not Acceptable";
      case 409 -> "Conflict";
      case 413 -> "Content Too Large";
      case 415 -> "Unsupported Media Type";
      case 422 -> "Unprocessable Entity";
      case 429 -> "Too Many Requests";
      default -> "Internal Server Error";
    };
  }
}
