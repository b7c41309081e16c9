package org.marsad.server;

import java.security.GeneralSecurityException;
import java.security.KeyStore;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.SecureRequestCustomizer;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.SslConnectionFactory;
import org.eclipse.jetty.util.ssl.SslContextFactory;
import org.marsad.share.tls.Keystores;
import org.marsad.share.tls.PinnedTrust;

/**
 * The HTTPS connector: the keystore's key and certificate, TLS 1.2 and 1.3 only, and client certificates asked for
 * but not required. Any client certificate passes the handshake (which proves the client holds its key); whether it
 * signs anyone in is decided by the accounts it is pinned to ({@link Auth}).
 */
final class TlsConnector {
  private TlsConnector() {
  }

  static Connector create(Server server, HttpConfiguration http, ServerOptions options) {
    ServerOptions.Tls tls = options.tls().orElseThrow();
    KeyStore ks = Keystores.load(tls.keystore(), tls.password());
    SSLContext ctx;
    try {
      KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
      kmf.init(ks, tls.password());
      ctx = SSLContext.getInstance("TLS");
      ctx.init(kmf.getKeyManagers(), new TrustManager[] {new PinnedTrust(PinnedTrust.ANY)}, null);
    } catch (GeneralSecurityException e) {
      throw new ServerException(500, tls.keystore() + ": cannot serve TLS with this keystore: " + e.getMessage(), e);
    }
    SslContextFactory.Server ssl = new SslContextFactory.Server();
    ssl.setSslContext(ctx);
    ssl.setIncludeProtocols("TLSv1.3", "TLSv1.2");
    ssl.setWantClientAuth(true);
    HttpConfiguration https = new HttpConfiguration(http);
    SecureRequestCustomizer secure = new SecureRequestCustomizer();
    secure.setSniHostCheck(false); // partners reach a node by address as often as by name
    https.addCustomizer(secure);
    ServerConnector c = new ServerConnector(server, new SslConnectionFactory(ssl, "http/1.1"),
        new HttpConnectionFactory(https));
    c.setHost(options.host());
    c.setPort(options.port());
    return c;
  }
}
