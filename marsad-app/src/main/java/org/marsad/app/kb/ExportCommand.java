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
import org.marsad.share.export.Lexicons;
import org.marsad.share.export.StixExport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** `marsad export --format json|csv|geojson|graphml|stix [--out FILE]`. */
@Command(name = "export", mixinStandardHelpOptions = true, description = {
    "Export the knowledge base: json (facts, evidence, entities), csv (events, ACLED-like columns), geojson "
        + "(located events and places), graphml (the network, for Gephi) or stix (one STIX 2.1 bundle of the "
        + "whole store with its TLP markings, recorded in the audit log; docs/SHARING.md).",
    "With --out the file is written whole or not at all."})
public final class ExportCommand implements Callable<Integer> {
  /** The export formats. */
  enum Format { json, csv, geojson, graphml, stix }

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

  @Option(names = "--node", paramLabel = "NAME", description = "With stix: this node's name as a STIX identity "
      + "(kept for later exports).")
  String node;

  @Option(names = "--actor", paramLabel = "WHO", description = "With stix: who exports, for the audit log "
      + "(default: the system user).")
  String actor = System.getProperty("user.name", "unknown");

  @Override
  public Integer call() throws IOException {
    if (format == Format.stix) {
      return stix();
    }
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

  private int stix() throws IOException {
    if (!types.isEmpty() || asOf != null) {
      throw new AppException("--type and --as-of do not apply to --format stix, which shares the whole picture");
    }
    StixExport.Result r;
    try (KbSession kb = new KbSession(store)) {
      StixExport.Options o = StixExport.Options.of(actor).withCountries(Lexicons.countries(kb.extractor().lexicon()));
      r = StixExport.export(kb.db(), node == null ? o : o.withNodeName(node), kb.clock().instant());
    }
    if (out == null) {
      spec.commandLine().getOut().println(r.json());
      spec.commandLine().getOut().flush();
    } else {
      Path abs = out.toAbsolutePath();
      Path tmp = Files.createTempFile(abs.getParent() == null ? Path.of(".") : abs.getParent(), ".marsad-export",
          ".tmp");
      try {
        Files.writeString(tmp, r.json(), StandardCharsets.UTF_8);
        Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      } catch (IOException | RuntimeException e) {
        Files.deleteIfExists(tmp);
        throw new AppException("cannot write " + out + ": " + e.getMessage(), e);
      }
      PrintWriter w = spec.commandLine().getOut();
      w.println("wrote STIX bundle " + r.bundleId() + " to " + out + ": " + r.byType());
      r.left().forEach(l -> w.println("  not expressible in STIX: " + l));
      w.flush();
    }
    return 0;
  }

  private void write(ExportData data, Writer w) {
    switch (format) {
      case json -> JsonExport.write(data, w);
      case csv -> CsvExport.write(data, w);
      case geojson -> GeoJsonExport.write(data, w);
      case graphml -> GraphMlExport.write(data, w);
      case stix -> throw new AppException("stix is written by stix()");
      default -> throw new AppException("unknown format " + format);
    }
  }
}
