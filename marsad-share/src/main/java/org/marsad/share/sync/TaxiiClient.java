package org.marsad.share.sync;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import org.marsad.share.taxii.MediaTypes;
import org.marsad.share.tls.Keystores;
import org.marsad.share.tls.PinnedTrust;

/**
 * A TAXII 2.1 client over HTTPS: signs in with HTTP Basic or a client certificate, trusts the server's certificate
 * by its pinned fingerprint (a partner's self-signed one) or through the JDK's trust store, and speaks only the
 * TAXII media type.
 */
public final class TaxiiClient {
  private static final Duration TIMEOUT = Duration.ofSeconds(60);

  /** How to sign in. */
  public sealed interface Credentials {
    /** HTTP Basic with an account name and one of its tokens. */
    record Basic(String user, String token) implements Credentials {
    }

    /** A PKCS#12 client certificate. */
    record ClientCertificate(Path keystore, char[] password) implements Credentials {
    }

    /** "USER:TOKEN", or "cert:PATH" with the keystore's password from MARSAD_CLIENT_CERT_PASSWORD. */
    static Credentials parse(String s) {
      if (s.startsWith("cert:")) {
        String pw = Optional.ofNullable(System.getenv("MARSAD_CLIENT_CERT_PASSWORD")).orElse("");
        return new ClientCertificate(Path.of(s.substring(5)), pw.toCharArray());
      }
      int colon = s.indexOf(':');
      return new Basic(s.substring(0, colon), s.substring(colon + 1));
    }
  }

  /** A response: status, the TAXII date headers, body. */
  public record Response(int status, Optional<String> addedFirst, Optional<String> addedLast, byte[] body) {
    public String text() {
      return new String(body, StandardCharsets.UTF_8);
    }
  }

  private final HttpClient http;
  private final Credentials credentials;

  public TaxiiClient(Credentials credentials, Optional<String> serverFingerprint) {
    this.credentials = credentials;
    this.http = HttpClient.newBuilder().connectTimeout(TIMEOUT).sslContext(context(credentials, serverFingerprint))
        .build();
  }

  public Response get(String url) {
    return send(request(url).GET().build(), url);
  }

  public Response post(String url, byte[] envelope) {
    return send(request(url).header("Content-Type", MediaTypes.TAXII)
        .POST(HttpRequest.BodyPublishers.ofByteArray(envelope)).build(), url);
  }

  public static String param(String name, String value) {
    return URLEncoder.encode(name, StandardCharsets.UTF_8) + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  private HttpRequest.Builder request(String url) {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).timeout(TIMEOUT).header("Accept",
        MediaTypes.TAXII);
    if (credentials instanceof Credentials.Basic basic) {
      b.header("Authorization", "Basic " + Base64.getEncoder().encodeToString((basic.user() + ":" + basic.token())
          .getBytes(StandardCharsets.UTF_8)));
    }
    return b;
  }

  private Response send(HttpRequest r, String url) {
    try {
      HttpResponse<byte[]> resp = http.send(r, HttpResponse.BodyHandlers.ofByteArray());
      return new Response(resp.statusCode(), resp.headers().firstValue("X-TAXII-Date-Added-First"),
          resp.headers().firstValue("X-TAXII-Date-Added-Last"), resp.body());
    } catch (IOException e) {
      throw new SyncException(r.method() + " " + url + " failed: " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new SyncException("interrupted during " + r.method() + " " + url, e);
    }
  }

  private static SSLContext context(Credentials c, Optional<String> pin) {
    try {
      TrustManager[] trust;
      if (pin.isPresent()) {
        trust = new TrustManager[] {new PinnedTrust(pin.get())};
      } else {
        TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        tmf.init((KeyStore) null);
        trust = tmf.getTrustManagers();
      }
      javax.net.ssl.KeyManager[] keys = null;
      if (c instanceof Credentials.ClientCertificate cert) {
        KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        kmf.init(Keystores.load(cert.keystore(), cert.password()), cert.password());
        keys = kmf.getKeyManagers();
      }
      SSLContext ctx = SSLContext.getInstance("TLS");
      ctx.init(keys, trust, null);
      return ctx;
    } catch (GeneralSecurityException e) {
      throw new SyncException("cannot set up TLS for the TAXII client: " + e.getMessage(), e);
    }
  }
}
