package org.marsad.app;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.io.OutputStreamWriter;
import org.marsad.app.kb.AlertsCommand;
import org.marsad.app.kb.ChangesCommand;
import org.marsad.app.kb.EntityCommand;
import org.marsad.app.kb.ExportCommand;
import org.marsad.app.kb.GazetteerCommand;
import org.marsad.app.kb.IngestCommand;
import org.marsad.app.kb.NetworkCommand;
import org.marsad.app.kb.ReextractCommand;
import org.marsad.app.kb.RelationsCommand;
import org.marsad.app.kb.SearchCommand;
import org.marsad.app.kb.SourcesCommand;
import org.marsad.app.kb.TimelineCommand;
import org.marsad.app.kb.WatchCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The `marsad` command. Subcommands write to injected streams; only {@link #main} exits the JVM. */
@Command(name = "marsad", mixinStandardHelpOptions = true, version = "marsad 0.1.0",
    description = "Marsad (مرصد): a sourced, time-aware picture of armed groups from Arabic, French and English reporting.",
    subcommands = {ExtractCommand.class, EvalCommand.class, DemoCommand.class, IngestCommand.class,
        org.marsad.app.kb.ServeCommand.class,
        EntityCommand.class, RelationsCommand.class, TimelineCommand.class, NetworkCommand.class,
        ChangesCommand.class, SourcesCommand.class, WatchCommand.class, AlertsCommand.class,
        ReextractCommand.class, GazetteerCommand.class, SearchCommand.class,
        ExportCommand.class, org.marsad.app.kb.ImportCommand.class, org.marsad.app.kb.MarkCommand.class,
        org.marsad.app.kb.AuditCommand.class, org.marsad.app.kb.PublishCommand.class,
        org.marsad.app.kb.PartnerCommand.class, org.marsad.app.kb.AccountCommand.class,
        org.marsad.app.kb.CollectionCommand.class})
public final class Marsad implements Runnable {
  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** A command line wired to the given streams, with errors reported as one clear line and exit code 2. */
  public static CommandLine commandLine(PrintWriter out, PrintWriter err) {
    CommandLine cl = new CommandLine(new Marsad());
    cl.setOut(out);
    cl.setErr(err);
    cl.setExecutionExceptionHandler((ex, line, parseResult) -> {
      // Marsad's own exceptions say what was wrong with the input; anything else is a bug of ours, and its
      // message alone ("null") would tell the user nothing
      if (ex.getClass().getName().startsWith("org.marsad.")) {
        line.getErr().println("marsad: " + ex.getMessage());
        line.getErr().flush();
        return 2;
      }
      line.getErr().println("marsad: internal error (" + ex.getClass().getSimpleName() + "): " + ex.getMessage()
          + "; please report it with the input that caused it");
      line.getErr().flush();
      return 3;
    });
    return cl;
  }

  public static void main(String[] args) {
    PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
    PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
    int code;
    try {
      code = commandLine(out, err).execute(args);
    } catch (Throwable t) {
      // a bug of ours must still reach the user as one readable line, not a stack trace
      Throwable root = t;
      while (root.getCause() != null && root.getCause() != root) {
        root = root.getCause();
      }
      err.println("marsad: internal error (" + root.getClass().getSimpleName() + "): " + root.getMessage()
          + "; please report it with the input that caused it");
      code = 3;
    }
    out.flush();
    err.flush();
    System.exit(code);
  }
}
