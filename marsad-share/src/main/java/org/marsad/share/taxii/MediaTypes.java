package org.marsad.share.taxii;

import java.util.Locale;

/**
 * TAXII 2.1 media types (section 1.6.8): every resource is {@code application/taxii+json;version=2.1}. A client
 * that accepts neither it, the unversioned form nor a wildcard gets 406; a body of another type gets 415.
 */
public final class MediaTypes {
  public static final String TAXII = "application/taxii+json;version=2.1";
  public static final String STIX = "application/stix+json;version=2.1";

  private MediaTypes() {
  }

  /** Whether an Accept header admits the TAXII media type; no header admits anything (RFC 9110 section 12.5.1). */
  public static boolean accepts(String accept) {
    if (accept == null || accept.isBlank()) {
      return true;
    }
    for (String part : accept.split(",")) {
      String[] params = part.trim().toLowerCase(Locale.ROOT).split(";");
      String type = params[0].trim();
      String version = null;
      double q = 1;
      for (int i = 1; i < params.length; i++) {
        String p = params[i].trim();
        if (p.startsWith("version=")) {
          version = p.substring(8).trim();
        } else if (p.startsWith("q=")) {
          try {
            q = Double.parseDouble(p.substring(2).trim());
          } catch (NumberFormatException e) {
            q = 0;
          }
        }
      }
      if (q <= 0) {
        continue;
      }
      boolean typeOk = type.equals("application/taxii+json") || type.equals("application/*") || type.equals("*/*");
      if (typeOk && (version == null || version.equals("2.1"))) {
        return true;
      }
    }
    return false;
  }

  /** Whether a request body's Content-Type is a TAXII 2.1 envelope. */
  public static boolean isTaxiiBody(String contentType) {
    if (contentType == null) {
      return false;
    }
    String[] params = contentType.toLowerCase(Locale.ROOT).split(";");
    if (!params[0].trim().equals("application/taxii+json")) {
      return false;
    }
    for (int i = 1; i < params.length; i++) {
      String p = params[i].trim();
      if (p.startsWith("version=") && !p.substring(8).trim().equals("2.1")) {
        return false;
      }
    }
    return true;
  }
}
