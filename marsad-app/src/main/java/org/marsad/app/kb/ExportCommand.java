package org.marsad.app.kb;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import org.marsad.app.AppException;
import org.marsad.app.Dates;
import org.marsad.extract.RelationType;
import org.marsad.kb.export.CsvExport;
import org.marsad.kb.export.ExportData;
import org.marsad.kb.export.GeoJsonExport;
import org.marsad.kb.export.GraphMlExport;
import org.marsad.kb.export.JsonExport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** `marsad export --format json|csv|geojson|graphml [--out FILE]`. */
@Command(name = "export", mixinStandardHelpOptions = true, description = {
    "Export the knowledge base: json (facts, evidence, entities), csv (events, ACLED-like columns), geojson "
        + "(located events and places) or graphml (the network, for Gephi).",
    "With --out the file is written whole or not at all."})
public final class ExportCommand implements Callable<Integer> {
  /** The export formats. */
  enum Format { json, csv, geojson, graphml }

  @Spec
  CommandSpec spec;

  @Mixin
  StoreOptions store;

  @Option(names = "--format", required = true, paramLabel = "FORMAT", description = "${COMPLETION-CANDIDATES}")
  Format format;

  @Option(names = "--out", paramLabel = "FILE", description = "Write here instead of standard output.")
  Path out;

  @Option(names = "--type", split = ",", paramLabel = "TYPE", description = "Only these relation or event types.")
  List<RelationType> types = List.of();

  @Option(names = "--as-of", paramLabel = "DATE", description = "Only what held or had happened by this date.")
  String asOf;

  @Override
  public Integer call() throws IOException {
    Optional<LocalDate> date = Optional.ofNullable(asOf).map(v -> Dates.parse("--as-of", v));
    Set<RelationType> t = types.isEmpty() ? Set.of() : EnumSet.copyOf(types);
    ExportData data;
    try (KbSession kb = new KbSession(store)) {
      data = kb.questions().export(t, date);
    }
    if (out == null) {
      PrintWriter w = spec.commandLine().getOut();
      write(data, w);
      w.println();
      w.flush();
      return 0;
    }
    Path abs = out.toAbsolutePath();
    Path tmp = Files.createTempFile(abs.getParent() == null ? Path.of(".") : abs.getParent(), ".marsad-export", ".tmp");
    try (Writer w = new OutputStreamWriter(Files.newOutputStream(tmp), StandardCharsets.UTF_8)) {
      write(data, w);
    } catch (IOException | RuntimeException e) {
      Files.deleteIfExists(tmp);
      throw new AppException("cannot write " + out + ": " + e.getMessage(), e);
    }
    Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    spec.commandLine().getOut().println("wrote " + data.facts().size() + " facts and " + data.entities().size()
        + " entities as " + format + " to " + out);
    spec.commandLine().getOut().flush();
    return 0;
  }

  private void write(ExportData data, Writer w) {
    switch (format) {
      case json -> JsonExport.write(data, w);
      case csv -> CsvExport.write(data, w);
      case geojson -> GeoJsonExport.write(data, w);
      case graphml -> GraphMlExport.write(data, w);
      default -> throw new AppException("unknown format " + format);
    }
  }
}
