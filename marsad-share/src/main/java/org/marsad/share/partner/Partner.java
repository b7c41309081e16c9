package org.marsad.share.partner;

import java.net.URI;
import java.util.Optional;
import org.marsad.share.ShareException;
import org.marsad.share.account.Account;

/**
 * A partner organisation on the direct line: its TAXII API root, the certificate its server must show (SHA-256,
 * when it is self-signed), its STIX identity, the collections to pull from and push to, what it may receive from
 * this node, and whether this node sends to it on every publication. How this node signs in to the partner's
 * server is kept apart, sealed (see {@link Partners#credentials}).
 */
public record Partner(String name, URI apiRoot, Optional<String> serverFingerprint,
                      Optional<String> identity, String pullCollection, String pushCollection, Rules rules,
                      SendMode sendMode) {

  /** Longer would not fit the column once sealed (base64 of nonce, text and tag, with the key id). */
  static final int MAX_CREDENTIALS = 1000;

  /** Automatic: every publication is pushed at once. Manual: only `marsad partner push`. */
  public enum SendMode {
    AUTO,
    MANUAL
  }

  public Partner {
    Account.checkName(name);
    String scheme = apiRoot.getScheme();
    if (!"https".equalsIgnoreCase(scheme) || apiRoot.getHost() == null) {
      throw new ShareException("partner " + name + ": TAXII 2.1 runs over HTTPS only; the API root URL must be "
          + "https://HOST[:PORT]/PATH/, not '" + apiRoot + "'");
    }
    if (!apiRoot.getPath().endsWith("/")) {
      apiRoot = URI.create(apiRoot + "/");
    }
    serverFingerprint = serverFingerprint.map(f -> f.replace(":", "").toLowerCase(java.util.Locale.ROOT));
    if (serverFingerprint.isPresent() && !serverFingerprint.get().matches("[0-9a-f]{64}")) {
      throw new ShareException("partner " + name + ": a server fingerprint is a SHA-256 (64 hex digits), got '"
          + serverFingerprint.get() + "'");
    }
  }

  /**
   * Checks credentials for the partner's server: "USER:TOKEN" for HTTP Basic, or "cert:PATH" for a PKCS#12 client
   * certificate whose password is in the environment variable MARSAD_CLIENT_CERT_PASSWORD.
   */
  public static String checkCredentials(String partner, String credentials) {
    if (credentials == null || !(credentials.startsWith("cert:") || credentials.indexOf(':') > 0)) {
      throw new ShareException("partner " + partner + ": credentials are USER:TOKEN or cert:PATH (a PKCS#12 file)");
    }
    int bytes = credentials.getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
    if (bytes > MAX_CREDENTIALS) {
      throw new ShareException("partner " + partner + ": credentials are at most " + MAX_CREDENTIALS
          + " bytes (UTF-8), these have " + bytes);
    }
    return credentials;
  }

  public String collectionUrl(String collection) {
    return apiRoot + "collections/" + collection + "/";
  }
}
