package org.marsad.share.tls;

import java.net.Socket;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.X509ExtendedTrustManager;

/**
 * Trusts exactly one certificate, by its SHA-256 fingerprint: how a node trusts a partner's self-signed server
 * certificate, and how a server lets any client certificate through the handshake so that the account pinned to
 * it decides (the handshake proves the client holds the key). The name in the certificate does not matter here,
 * the pin does, so no host name is checked.
 */
public final class PinnedTrust extends X509ExtendedTrustManager {
  /** Pins nothing: any certificate passes the handshake, for the server's side. */
  public static final String ANY = "any";
  private final String pin;

  public PinnedTrust(String sha256) {
    this.pin = sha256;
  }

  private void check(X509Certificate[] chain) throws CertificateException {
    if (chain == null || chain.length == 0) {
      throw new CertificateException("no certificate was presented");
    }
    chain[0].checkValidity();
    if (pin.equals(ANY)) {
      return;
    }
    String got = Keystores.fingerprint(chain[0]);
    if (!got.equals(pin)) {
      throw new CertificateException("the certificate's SHA-256 is " + got + ", not the pinned " + pin);
    }
  }

  @Override
  public void checkClientTrusted(X509Certificate[] chain, String authType, Socket socket) throws CertificateException {
    check(chain);
  }

  @Override
  public void checkServerTrusted(X509Certificate[] chain, String authType, Socket socket) throws CertificateException {
    check(chain);
  }

  @Override
  public void checkClientTrusted(X509Certificate[] chain, String authType, SSLEngine engine)
      throws CertificateException {
    check(chain);
  }

  @Override
  public void checkServerTrusted(X509Certificate[] chain, String authType, SSLEngine engine)
      throws CertificateException {
    check(chain);
  }

  @Override
  public void checkClientTrusted(X509Certificate[] chain, String authType) throws CertificateException {
    check(chain);
  }

  @Override
  public void checkServerTrusted(X509Certificate[] chain, String authType) throws CertificateException {
    check(chain);
  }

  @Override
  public X509Certificate[] getAcceptedIssuers() {
    return new X509Certificate[0];
  }
}
