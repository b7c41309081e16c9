package org.marsad.share.taxii;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A TAXII request as the service needs it, whatever HTTP server received it.
 *
 * @param path    the path below the TAXII prefix, e.g. "marsad/collections/ID/objects/"
 * @param caller  empty only where the server lets anyone in (discovery, when so configured)
 */
public record TaxiiRequest(String method, String path, Map<String, List<String>> params, String accept,
                           String contentType, byte[] body, Optional<Caller> caller) {
  public TaxiiRequest {
    params = Map.copyOf(params);
    body = body == null ? new byte[0] : body;
  }
}
