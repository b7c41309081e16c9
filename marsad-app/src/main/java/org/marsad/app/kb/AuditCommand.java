package org.marsad.app.kb;

import java.io.PrintWriter;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.marsad.app.AppException;
import org.marsad.share.audit.AuditLog;
import org.marsad.share.audit.AuditVerifier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** `marsad audit verify [--head SEQ:HASH]`. */
@Command(name = "audit", mixinStandardHelpOptions = true, description = "The hash-chained audit log of what "
    + "was sent, received, viewed and exported.", subcommands = AuditCommand.Verify.class)
public final class AuditCommand implements Runnable {
  @Spec
  CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** Walks the chain; exit 0 when intact, 1 when broken, with every break named. */
  @Command(name = "verify", mixinStandardHelpOptions = true, description = {
      "Check that no record was edited, deleted or reordered. Prints the head (SEQ:HASH): keep it elsewhere and "
          + "pass it with --head later to also catch records removed from the end."})
  static final class Verify implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    StoreOptions store;

    @Option(names = "--head", paramLabel = "SEQ:HASH", description = "A head printed by an earlier verify.")
    String head;

    @Override
    public Integer call() {
      Optional<AuditVerifier.Anchor> anchor = Optional.ofNullable(head).map(Verify::anchor);
      AuditVerifier.Result r;
      try (KbSession kb = new KbSession(store)) {
        r = new AuditVerifier(new AuditLog(kb.db().handle())).verify(anchor);
      }
      PrintWriter out = spec.commandLine().getOut();
      String headText = r.head().map(h -> h.seq() + ":" + h.hash()).orElse("0:(empty)");
      if (r.intact()) {
        out.println("audit log intact: " + r.records() + " record(s), head " + headText);
        out.flush();
        return 0;
      }
      out.println("audit log BROKEN: " + r.problems().size() + " problem(s) in " + r.records() + " record(s)");
      r.problems().forEach(p -> out.println("  " + p));
      out.flush();
      return 1;
    }

    private static AuditVerifier.Anchor anchor(String s) {
      int colon = s.indexOf(':');
      try {
        String hash = s.substring(colon + 1);
        if (colon < 1 || !hash.matches("[0-9a-f]{64}")) {
          throw new NumberFormatException();
        }
        return new AuditVerifier.Anchor(Long.parseLong(s.substring(0, colon)), hash);
      } catch (NumberFormatException e) {
        throw new AppException("--head must be SEQ:HASH as verify printed it (a number, ':', 64 hex digits), got '"
            + s + "'");
      }
    }
  }
}
