package org.marsad.app.kb;

import java.io.PrintWriter;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import org.marsad.app.AppException;
import org.marsad.kb.index.IndexSync;
import org.marsad.kb.ingest.Ingestor;
import org.marsad.share.ShareException;
import org.marsad.share.account.Account;
import org.marsad.share.account.Accounts;
import org.marsad.share.account.Role;
import org.marsad.share.audit.AuditGate;
import org.marsad.share.partner.CredentialKey;
import org.marsad.share.partner.Partner;
import org.marsad.share.partner.Partners;
import org.marsad.share.partner.Rules;
import org.marsad.share.stix.Tlp;
import org.marsad.share.sync.PartnerSync;
import org.marsad.share.sync.TaxiiClient;
import org.marsad.share.taxii.Collections;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** `marsad partner add|list|remove|push|pull`: the direct line to partner organisations over TAXII 2.1. */
@Command(name = "partner", mixinStandardHelpOptions = true, description = "Partners: their TAXII server, and what "
    + "they may receive from this node (highest TLP, collections, entity types, sources never shared).",
    subcommands = {PartnerCommand.Add.class, PartnerCommand.ListPartners.class, PartnerCommand.Remove.class,
        PartnerCommand.Push.class, PartnerCommand.Pull.class})
public final class PartnerCommand implements Runnable {
  @Spec
  CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  @Command(name = "add", mixinStandardHelpOptions = true, description = {"Register a partner and make the partner "
      + "account it signs in here with (its token is printed once).",
      "Example: marsad partner add Paris --url https://paris.example:8443/taxii2/marsad/ --credentials "
          + "algiers:mrs_… --fingerprint 3f…a1 --tlp AMBER --never-source \"El Watan\""})
  static final class Add implements Callable<Integer> {
    @Spec
    CommandSpec spec;
    @Mixin
    StoreOptions store;
    @Parameters(paramLabel = "NAME")
    String name;
    @Option(names = "--url", required = true, paramLabel = "URL", description = "The partner's TAXII API root.")
    URI url;
    @Option(names = "--credentials", required = true, paramLabel = "USER:TOKEN|cert:PATH",
        description = "How to sign in to the partner's server: HTTP Basic, or a PKCS#12 client certificate "
            + "(its password in MARSAD_CLIENT_CERT_PASSWORD).")
    String credentials;
    @Option(names = "--fingerprint", paramLabel = "SHA256", description = "Trust the partner's server certificate "
        + "by this SHA-256 (its self-signed one); without it, the JDK's trust store decides.")
    String fingerprint;
    @Option(names = "--identity", paramLabel = "STIX_ID", description = "The partner node's STIX identity: only it "
        + "may be the creator of what the partner sends in its own name.")
    String identity;
    @Option(names = "--pull-collection", paramLabel = "ID", description = "Collection to pull from "
        + "(default ${DEFAULT-VALUE}).")
    String pullCollection = Collections.PICTURE;
    @Option(names = "--push-collection", paramLabel = "ID", description = "Collection to push to "
        + "(default ${DEFAULT-VALUE}).")
    String pushCollection = Collections.INBOX;
    @Option(names = "--tlp", paramLabel = "LEVEL", description = "Highest TLP the partner may receive (default "
        + "${DEFAULT-VALUE}).")
    String tlp = "AMBER";
    @Option(names = "--collections", split = ",", paramLabel = "ALIAS", description = "Only these of this node's "
        + "collections (default: all).")
    List<String> collections = new ArrayList<>();
    @Option(names = "--types", paramLabel = "TYPES", description = "Only objects about these entity types, e.g. "
        + "ARMED_GROUP,LOCATION (default: all).")
    String types;
    @Option(names = "--never-source", paramLabel = "SOURCE", description = "Never send what rests only on this "
        + "source (repeatable).")
    List<String> neverSources = new ArrayList<>();
    @Option(names = "--send", paramLabel = "MODE", description = "auto (on every publication) or manual (default "
        + "${DEFAULT-VALUE}).")
    String send = "manual";

    @Override
    public Integer call() {
      Partner.SendMode mode;
      try {
        mode = Partner.SendMode.valueOf(send.trim().toUpperCase(java.util.Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw new AppException("--send is auto or manual, not '" + send + "'");
      }
      Partner.checkCredentials(name, credentials);
      Partner p = new Partner(name, url, Optional.ofNullable(fingerprint), Optional.ofNullable(identity),
          pullCollection, pushCollection, new Rules(Tlp.parse(tlp), Set.copyOf(collections), Rules.entityTypes(types),
          Set.copyOf(neverSources)), mode);
      Optional<String> token;
      try (KbSession kb = new KbSession(store)) {
        token = kb.db().inTransaction(h -> {
          new Partners(h).add(p, credentials, CredentialKey.open(h, store.nodeKey()), Instant.now());
          Accounts accounts = new Accounts(h);
          if (accounts.find(name).isPresent()) {
            return Optional.<String>empty();
          }
          return Optional.of(accounts.create(new Account(name, Role.PARTNER), Instant.now()));
        });
      }
      PrintWriter out = spec.commandLine().getOut();
      out.println("partner " + name + ": " + p.rules().describe() + ", sending " + mode.name().toLowerCase(
          java.util.Locale.ROOT));
      token.ifPresent(t -> {
        out.println("give " + name + " these credentials for this node (shown only now): " + name + ":" + t);
      });
      out.flush();
      return 0;
    }
  }

  @Command(name = "list", mixinStandardHelpOptions = true, description = "List the partners and their rules.")
  static final class ListPartners implements Callable<Integer> {
    @Spec
    CommandSpec spec;
    @Mixin
    StoreOptions store;

    @Override
    public Integer call() {
      PrintWriter out = spec.commandLine().getOut();
      try (KbSession kb = new KbSession(store)) {
        // a store from before partners' credentials were sealed has them sealed now
        if (!kb.db().inTransaction(h -> new Partners(h).inClear()).isEmpty()) {
          kb.db().inTransaction(h -> CredentialKey.open(h, store.nodeKey()));
        }
        for (Partner p : kb.db().inTransaction(h -> new Partners(h).list())) {
          out.println(p.name() + "\t" + p.apiRoot() + "\t" + p.rules().describe() + "\tsending "
              + p.sendMode().name().toLowerCase(java.util.Locale.ROOT));
        }
      }
      out.flush();
      return 0;
    }
  }

  @Command(name = "remove", mixinStandardHelpOptions = true, description = "Remove a partner and its account.")
  static final class Remove implements Callable<Integer> {
    @Spec
    CommandSpec spec;
    @Mixin
    StoreOptions store;
    @Parameters(paramLabel = "NAME")
    String name;

    @Override
    public Integer call() {
      return Removal.run(store, spec.commandLine().getOut(), h -> {
        new Accounts(h).remove(name);
        return new Partners(h).remove(name);
      }, "no partner named '" + name + "'", "partner " + name + " removed, with its account");
    }
  }

  /** What push and pull share: the partner, the page size and the progress lines. */
  abstract static class SyncCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;
    @Mixin
    StoreOptions store;
    @Parameters(paramLabel = "NAME")
    String name;
    @Option(names = "--page", paramLabel = "N", description = "Objects per page (default ${DEFAULT-VALUE}).")
    int page = 500;

    Partner partner(KbSession kb) {
      return kb.db().inTransaction(h -> new Partners(h).find(name))
          .orElseThrow(() -> new AppException("no partner named '" + name + "'"));
    }

    PartnerSync.Listener progress(KbSession kb) {
      PrintWriter out = spec.commandLine().getOut();
      return new PartnerSync.Listener() {
        @Override
        public void page(String direction, int number, int objects, int reportsStored) {
          out.println(direction + " page " + number + ": " + objects + " object(s)" + (direction.equals("pull")
              ? ", " + reportsStored + " report(s) stored" : ""));
          out.flush();
        }

        @Override
        public void removed(long reportId) {
          kb.index().delete(reportId);
        }
      };
    }
  }

  @Command(name = "push", mixinStandardHelpOptions = true, description = "Send the partner what it may receive "
      + "of this node's publication since the last push (run `marsad publish` first).")
  static final class Push extends SyncCommand {
    @Override
    public Integer call() {
      try (KbSession kb = new KbSession(store)) {
        Partner p = partner(kb);
        TaxiiClient client = PartnerSync.clientFor(kb.db(), p, store.nodeKey()); // a key error is not a sync error
        try {
          int n = new PartnerSync(kb.db(), p, client, new AuditGate(), Clock.systemUTC()).push(page, progress(kb));
          spec.commandLine().getOut().println("pushed " + n + " object(s) to " + name);
        } catch (ShareException e) {
          throw new AppException("push to " + name + " stopped: " + e.getMessage() + " (what went before is kept; "
              + "run it again to go on)", e);
        }
      }
      spec.commandLine().getOut().flush();
      return 0;
    }
  }

  @Command(name = "pull", mixinStandardHelpOptions = true, description = "Take in what the partner added since the "
      + "last pull, as evidence from its creators; revocations remove what was built from the revoked objects.")
  static final class Pull extends SyncCommand {
    @Override
    public Integer call() {
      try (KbSession kb = new KbSession(store)) {
        Partner p = partner(kb);
        TaxiiClient client = PartnerSync.clientFor(kb.db(), p, store.nodeKey()); // a key error is not a sync error
        IndexSync sync = kb.sync();
        Ingestor ingestor = new Ingestor(kb.db(), kb.extractor(), kb.clock()).addListener(sync::add);
        try {
          int n = new PartnerSync(kb.db(), p, client, new AuditGate(), Clock.systemUTC()).pull(ingestor, page,
              progress(kb));
          spec.commandLine().getOut().println("pulled " + n + " object(s) from " + name);
        } catch (ShareException e) {
          throw new AppException("pull from " + name + " stopped: " + e.getMessage() + " (pages taken in are kept; "
              + "run it again to go on)", e);
        } finally {
          sync.commit();
        }
      }
      spec.commandLine().getOut().flush();
      return 0;
    }
  }
}
