package org.marsad.kb.export;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.marsad.extract.Role;
import org.marsad.kb.query.Fact;
import org.marsad.kb.store.StoredEntity;

/**
 * Events in a layout close to ACLED's, one row per event, so that analysts can load them beside ACLED data:
 * event_date, year, time_precision (1 day, 2 within a week or so, 3 a month or more), actor1 / actor2,
 * location with latitude and longitude, the sources, and notes holding the evidence. Columns ACLED has and
 * Marsad does not (fatalities, interaction codes) are left out rather than guessed. RFC 4180 quoting.
 */
public final class CsvExport {
  static final List<String> COLUMNS = List.of("event_id", "event_date", "year", "time_precision", "event_type",
      "actor1", "actor2", "location", "latitude", "longitude", "modality", "confidence", "derivation", "sources",
      "reports", "notes");

  private CsvExport() {
  }

  public static void write(ExportData data, Writer out) {
    try {
      out.write(String.join(",", COLUMNS));
      out.write("\r\n");
      int n = 0;
      for (Fact f : data.facts()) {
        if (!f.type().isEvent()) {
          continue;
        }
        List<String> row = new ArrayList<>();
        row.add("MARSAD" + (++n));
        row.add(f.when().map(Object::toString).orElse(""));
        row.add(f.when().map(d -> Integer.toString(d.getYear())).orElse(""));
        row.add(precision(f));
        row.add(f.type().name());
        row.add(names(data, f.arg(f.type().shape() == org.marsad.extract.RelationType.Shape.AGENT_TARGET
            ? Role.AGENT : Role.SUBJECT), f.arg(Role.PARTICIPANTS)));
        row.add(names(data, f.arg(Role.TARGET), f.arg(Role.OBJECT)));
        Optional<StoredEntity> place = place(data, f);
        row.add(place.map(StoredEntity::nameEn).orElse(""));
        row.add(place.flatMap(StoredEntity::geo).map(g -> String.format(Locale.ROOT, "%.5f", g.lat())).orElse(""));
        row.add(place.flatMap(StoredEntity::geo).map(g -> String.format(Locale.ROOT, "%.5f", g.lon())).orElse(""));
        row.add(f.modality().name());
        row.add(String.format(Locale.ROOT, "%.3f", f.confidence().value()));
        row.add(f.confidence().derivation());
        row.add(f.evidence().stream().map(e -> e.source() + " " + e.grade()).distinct()
            .collect(Collectors.joining("; ")));
        row.add(f.evidence().stream().map(e -> Long.toString(e.claim().reportId())).distinct()
            .collect(Collectors.joining(";")));
        row.add(f.evidence().stream().map(e -> e.claim().evidence().replaceAll("\\s+", " "))
            .collect(Collectors.joining(" | ")));
        out.write(row.stream().map(CsvExport::quote).collect(Collectors.joining(",")));
        out.write("\r\n");
      }
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the CSV export: " + e.getMessage(), e);
    }
  }

  static Optional<StoredEntity> place(ExportData data, Fact f) {
    for (Role r : List.of(Role.LOCATION, Role.DESTINATION, Role.ORIGIN, Role.VIA)) {
      for (Long id : f.arg(r)) {
        StoredEntity e = data.entity(id);
        if (e.geo().isPresent()) {
          return Optional.of(e);
        }
      }
    }
    return f.arg(Role.LOCATION).stream().findFirst().map(data::entity);
  }

  private static String precision(Fact f) {
    List<Fact.Evidence> dated = f.evidence().stream().filter(e -> e.claim().earliest().isPresent()
        && e.claim().latest().isPresent()).toList();
    if (dated.isEmpty()) {
      return "3"; // only the publication date places it
    }
    long days = dated.stream().mapToLong(e -> ChronoUnit.DAYS.between(e.claim().earliest().get(),
        e.claim().latest().get())).min().orElse(31);
    return days == 0 ? "1" : days <= 10 ? "2" : "3";
  }

  private static String names(ExportData data, List<Long> first, List<Long> second) {
    List<Long> ids = first.isEmpty() ? second : first;
    return ids.stream().map(data::entity).map(e -> e.nameEn() == null || e.nameEn().isBlank() ? e.name()
        : e.nameEn()).collect(Collectors.joining("; "));
  }

  static String quote(String s) {
    if (s.indexOf(',') < 0 && s.indexOf('"') < 0 && s.indexOf('\n') < 0 && s.indexOf('\r') < 0) {
      return s;
    }
    return '"' + s.replace("\"", "\"\"") + '"';
  }
}
