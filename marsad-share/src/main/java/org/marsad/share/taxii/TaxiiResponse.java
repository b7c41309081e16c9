package org.marsad.share.taxii;

import java.nio.charset.StandardCharsets;
import java.util.Map;

/** What the service answers: a status, TAXII headers, and a body in the TAXII media type. */
public record TaxiiResponse(int status, Map<String, String> headers, byte[] body) {
  public TaxiiResponse {
    headers = Map.copyOf(headers);
  }

  public String text() {
    return new String(body, StandardCharsets.UTF_8);
  }
}
