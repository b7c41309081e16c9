package org.marsad.app.kb;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.marsad.app.AppException;
import org.marsad.kb.gazetteer.GazetteerFilter;
import org.marsad.kb.gazetteer.GazetteerImport;
import org.marsad.kb.gazetteer.ImportSummary;
import org.marsad.kb.gazetteer.MalformedLine;
import org.marsad.extract.lexicon.LexiconLoader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** `marsad gazetteer import cities500.txt`: GeoNames places into the knowledge base's own lexicon. */
@Command(name = "gazetteer", mixinStandardHelpOptions = true, description = "Reference place data.",
    subcommands = GazetteerCommand.Import.class)
public final class GazetteerCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Override
  public Integer call() {
    spec.commandLine().usage(spec.commandLine().getOut());
    return 0;
  }

  /** `marsad gazetteer import FILE`. */
  @Command(name = "import", mixinStandardHelpOptions = true, description = {
      "Import a GeoNames dump (cities500.txt, a country file or allCountries.txt) into the lexicon of the data "
          + "directory (DIR/lexicon, or --lexicon DIR). Later ingests and `marsad reextract` find these places.",
      "Places the built-in gazetteer has already are not written again; names that are common words are left out."})
  static final class Import implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    StoreOptions store;

    @Parameters(paramLabel = "FILE")
    Path file;

    @Option(names = "--country", split = ",", paramLabel = "CC",
        description = "ISO country codes to keep (default: the Sahel, Maghreb, Libya, Lake Chad basin and neighbours).")
    List<String> countries = List.of();

    @Override
    public Integer call() {
      if (!Files.isRegularFile(file)) {
        throw new AppException(file + ": no such file");
      }
      PrintWriter out = spec.commandLine().getOut();
      GazetteerFilter filter = GazetteerFilter.defaults();
      if (!countries.isEmpty()) {
        filter = filter.withCountries(countries);
      }
      GazetteerImport im = new GazetteerImport(filter, LexiconLoader.builtIn().load());
      try {
        Files.createDirectories(store.lexiconTarget());
      } catch (java.io.IOException e) {
        throw new AppException("cannot create the lexicon directory " + store.lexiconTarget() + ": "
            + e.getMessage(), e);
      }
      ImportSummary s = im.importInto(file, store.lexiconTarget());
      out.println("read " + s.read() + " places from " + s.source() + " (" + s.malformed() + " malformed lines), kept "
          + s.kept() + ", wrote " + s.written() + " to " + s.output());
      for (Map.Entry<?, Long> e : s.skipped().entrySet()) {
        out.println("  skipped " + e.getKey() + ": " + e.getValue());
      }
      for (MalformedLine m : s.malformedExamples()) {
        out.println("  malformed line " + m.line() + ": " + m.problem());
      }
      out.println("run `marsad reextract` to find these places in reports already stored");
      out.flush();
      return 0;
    }
  }
}
