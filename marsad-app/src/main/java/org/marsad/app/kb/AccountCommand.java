package org.marsad.app.kb;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.concurrent.Callable;
import org.marsad.app.AppException;
import org.marsad.share.account.Account;
import org.marsad.share.account.Accounts;
import org.marsad.share.account.Role;
import org.marsad.share.tls.Keystores;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** `marsad account add|token|cert|list|remove`: who may sign in to the API and TAXII. */
@Command(name = "account", mixinStandardHelpOptions = true, description = "Accounts (admin, analyst, partner) and "
    + "their tokens, stored only as SHA-256; a token is printed once, when made.",
    subcommands = {AccountCommand.Add.class, AccountCommand.Token.class, AccountCommand.Cert.class,
        AccountCommand.ListAccounts.class, AccountCommand.Remove.class})
public final class AccountCommand implements Runnable {
  @Spec
  CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  @Command(name = "add", mixinStandardHelpOptions = true, description = "Make an account and print its token.")
  static final class Add implements Callable<Integer> {
    @Spec
    CommandSpec spec;
    @Mixin
    StoreOptions store;
    @Parameters(paramLabel = "NAME")
    String name;
    @Option(names = "--role", required = true, paramLabel = "ROLE", description = "admin, analyst or partner.")
    String role;

    @Override
    public Integer call() {
      Account a = new Account(name, Role.parse(role));
      try (KbSession kb = new KbSession(store)) {
        String token = kb.db().inTransaction(h -> new Accounts(h).create(a, Instant.now()));
        PrintWriter out = spec.commandLine().getOut();
        out.println("account " + name + " (" + a.role().label() + "); its token, shown only now:");
        out.println(token);
        out.flush();
      }
      return 0;
    }
  }

  @Command(name = "token", mixinStandardHelpOptions = true, description = "Print a new token for an account "
      + "(--revoke-others withdraws its earlier ones).")
  static final class Token implements Callable<Integer> {
    @Spec
    CommandSpec spec;
    @Mixin
    StoreOptions store;
    @Parameters(paramLabel = "NAME")
    String name;
    @Option(names = "--revoke-others", description = "Withdraw the account's other tokens.")
    boolean revokeOthers;

    @Override
    public Integer call() {
      try (KbSession kb = new KbSession(store)) {
        String token = kb.db().inTransaction(h -> {
          Accounts accounts = new Accounts(h);
          if (revokeOthers) {
            accounts.revokeTokens(name);
          }
          return accounts.issueToken(name, "marsad account token", Instant.now());
        });
        spec.commandLine().getOut().println(token);
        spec.commandLine().getOut().flush();
      }
      return 0;
    }
  }

  @Command(name = "cert", mixinStandardHelpOptions = true, description = "Let an account sign in with a client "
      + "certificate (PEM), pinned by its SHA-256.")
  static final class Cert implements Callable<Integer> {
    @Spec
    CommandSpec spec;
    @Mixin
    StoreOptions store;
    @Parameters(index = "0", paramLabel = "NAME")
    String name;
    @Parameters(index = "1", paramLabel = "PEM")
    Path pem;

    @Override
    public Integer call() {
      X509Certificate c;
      try (InputStream in = Files.newInputStream(pem)) {
        c = (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(in);
      } catch (IOException | CertificateException e) {
        throw new AppException(pem + ": not a readable X.509 certificate: " + e.getMessage(), e);
      }
      String fp = Keystores.fingerprint(c);
      try (KbSession kb = new KbSession(store)) {
        kb.db().inTransaction(h -> {
          new Accounts(h).pinCertificate(name, fp, c.getSubjectX500Principal().getName(), Instant.now());
          return null;
        });
      }
      spec.commandLine().getOut().println("account " + name + " signs in with certificate SHA-256 " + fp);
      spec.commandLine().getOut().flush();
      return 0;
    }
  }

  @Command(name = "list", mixinStandardHelpOptions = true, description = "List the accounts and their roles.")
  static final class ListAccounts implements Callable<Integer> {
    @Spec
    CommandSpec spec;
    @Mixin
    StoreOptions store;

    @Override
    public Integer call() {
      try (KbSession kb = new KbSession(store)) {
        kb.db().inTransaction(h -> new Accounts(h).list()).forEach(a -> spec.commandLine().getOut()
            .println(a.name() + "\t" + a.role().label()));
      }
      spec.commandLine().getOut().flush();
      return 0;
    }
  }

  @Command(name = "remove", mixinStandardHelpOptions = true, description = "Remove an account with its tokens.")
  static final class Remove implements Callable<Integer> {
    @Spec
    CommandSpec spec;
    @Mixin
    StoreOptions store;
    @Parameters(paramLabel = "NAME")
    String name;

    @Override
    public Integer call() {
      return Removal.run(store, spec.commandLine().getOut(), h -> new Accounts(h).remove(name),
          "no account named '" + name + "'", "account " + name + " removed");
    }
  }
}
