package org.marsad.app.kb;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.marsad.app.AppException;
import org.marsad.share.stix.Tlp;
import org.marsad.share.taxii.Collection;
import org.marsad.share.taxii.Collections;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** `marsad collection add|list|remove`: the TAXII collections this node serves, besides picture and inbox. */
@Command(name = "collection", mixinStandardHelpOptions = true, description = "TAXII collections: views of the "
    + "published picture up to a TLP and of given STIX types, or inboxes partners post to.",
    subcommands = {CollectionCommand.Add.class, CollectionCommand.ListCollections.class,
        CollectionCommand.Remove.class})
public final class CollectionCommand implements Runnable {
  @Spec
  CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  @Command(name = "add", mixinStandardHelpOptions = true, description = "Add a collection, e.g. `collection add "
      + "groups-green --tlp GREEN --types threat-actor,intrusion-set,relationship,report`.")
  static final class Add implements Callable<Integer> {
    @Spec
    CommandSpec spec;
    @Mixin
    StoreOptions store;
    @Parameters(paramLabel = "ALIAS")
    String alias;
    @Option(names = "--title", paramLabel = "TEXT", description = "Title (default: the alias).")
    String title;
    @Option(names = "--tlp", paramLabel = "LEVEL", description = "Most restrictive TLP shown (default "
        + "${DEFAULT-VALUE}).")
    String tlp = "RED";
    @Option(names = "--types", split = ",", paramLabel = "STIX_TYPE", description = "Only these STIX types "
        + "(default: all).")
    List<String> types = new ArrayList<>();
    @Option(names = "--inbox", description = "A collection partners write to, instead of one they read.")
    boolean inbox;

    @Override
    public Integer call() {
      Collection c;
      try (KbSession kb = new KbSession(store)) {
        c = kb.db().inTransaction(h -> new Collections(h).add(alias, title == null ? alias : title, inbox
            ? "Where partners post STIX objects." : "Published objects up to " + Tlp.parse(tlp).label()
            + (types.isEmpty() ? "" : " of types " + types), Tlp.parse(tlp), Set.copyOf(types), !inbox, inbox));
      }
      spec.commandLine().getOut().println("collection " + c.alias() + " " + c.id());
      spec.commandLine().getOut().flush();
      return 0;
    }
  }

  @Command(name = "list", mixinStandardHelpOptions = true, description = "List the collections.")
  static final class ListCollections implements Callable<Integer> {
    @Spec
    CommandSpec spec;
    @Mixin
    StoreOptions store;

    @Override
    public Integer call() {
      PrintWriter out = spec.commandLine().getOut();
      try (KbSession kb = new KbSession(store)) {
        for (Collection c : kb.db().inTransaction(h -> new Collections(h).list())) {
          out.println(c.alias() + "\t" + c.id() + "\t" + (c.canRead() ? "read" : "write") + "\tup to "
              + c.maxTlp().label() + (c.objectTypes().isEmpty() ? "" : "\t" + c.objectTypes()));
        }
      }
      out.flush();
      return 0;
    }
  }

  @Command(name = "remove", mixinStandardHelpOptions = true, description = "Remove a collection (its objects stay "
      + "published in the others).")
  static final class Remove implements Callable<Integer> {
    @Spec
    CommandSpec spec;
    @Mixin
    StoreOptions store;
    @Parameters(paramLabel = "ALIAS")
    String alias;

    @Override
    public Integer call() {
      if (alias.equals(Collections.PICTURE) || alias.equals(Collections.INBOX)) {
        throw new AppException("collection " + alias + " is the node's own and stays");
      }
      return Removal.run(store, spec.commandLine().getOut(), h -> new Collections(h).remove(alias),
          "no collection '" + alias + "'", "collection " + alias + " removed");
    }
  }
}
