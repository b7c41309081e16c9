package org.marsad.kb.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.marsad.kb.Fixtures;
import org.marsad.kb.source.ReportSources;
import org.marsad.kb.source.SourceItem;
import org.marsad.kb.source.SourceReport;
import org.marsad.kb.store.Database;
import org.marsad.kb.store.Mentions;
import org.marsad.kb.store.StoreLocation;

/**
 * Whatever text reaches the store, it is stored whole or rejected with a reason, and every stored span is
 * exactly the slice of the stored text its code-point offsets name.
 */
class IngestProperties {
  private static final String[] PIECES = {"تنظيم القاعدة", " في ", "مالي", "، ", ".", "\n\n", "أعلن ", "داعش",
      "“", "”", "«", "»", "Kidal", " a attaqué ", "Gao", "\u200f", "\u0640", "\u064e", "😀", "\t", "123", "أبو ",
      "بايع ", "إياد أغ غالي", "اعتقلت قوات الأمن ", "قد ", "نفى ", "<p>", "&amp;", "\u0000", "ولد ", "بن "};
  private static Path dir;
  private static Database db;
  private static Ingestor ingestor;

  @BeforeContainer
  static void open() throws IOException {
    dir = Files.createTempDirectory("marsad-ingest-props");
    db = Database.open(StoreLocation.embedded(dir));
    ingestor = new Ingestor(db, Fixtures.extractor(), Fixtures.clockAt("2026-11-01T10:00:00Z"));
  }

  @AfterContainer
  static void close() {
    db.close();
  }

  @Provide
  Arbitrary<String> hostileText() {
    Arbitrary<String> pieces = Arbitraries.of(PIECES).list().ofMaxSize(80).map(l -> String.join("", l));
    Arbitrary<String> any = Arbitraries.strings().all().ofMaxLength(200);
    return Arbitraries.oneOf(pieces, pieces, any);
  }

  @Property(tries = 150)
  void everyReportIsStoredWholeOrRejectedWithAReason(@ForAll("hostileText") String text) throws IOException {
    Path file = Files.createTempFile(dir, "report", ".txt");
    Files.write(file, text.getBytes(java.nio.charset.StandardCharsets.UTF_8)); // lone surrogates become ?
    List<SourceItem> items;
    try (var s = ReportSources.withDefaults().read(List.of(file))) {
      items = s.toList();
    }
    for (SourceItem item : items) {
      if (!(item instanceof SourceReport r)) {
        continue; // the reader's own properties cover rejected files
      }
      Outcome o = ingestor.ingest(r, IngestOptions.defaults());
      if (o instanceof Outcome.Rejected rej) {
        assertThat(rej.reason()).isNotBlank();
        assertThat(db.handle().createQuery("SELECT COUNT(*) FROM report WHERE sha256 = :s")
            .bind("s", r.sha256()).mapTo(Integer.class).one()).isZero();
        continue;
      }
      long id = o instanceof Outcome.Ingested in ? in.reportId() : ((Outcome.Duplicate) o).existingReportId();
      String body = db.handle().createQuery("SELECT body FROM report WHERE id = :i").bind("i", id)
          .mapTo(String.class).one();
      for (Mentions.StoredMention m : new Mentions(db.handle()).inReport(id)) {
        int s = body.offsetByCodePoints(0, m.start());
        int e = body.offsetByCodePoints(0, m.end());
        assertThat(m.end()).isGreaterThan(m.start());
        assertThat(body.substring(s, e)).isEqualTo(m.text());
      }
      for (Map<String, Object> span : db.handle().createQuery("SELECT start_cp, end_cp, evidence FROM claim "
          + "WHERE report_id = :i").bind("i", id).mapToMap().list()) {
        int s = body.offsetByCodePoints(0, ((Number) span.get("start_cp")).intValue());
        int e = body.offsetByCodePoints(0, ((Number) span.get("end_cp")).intValue());
        assertThat(body.substring(s, e)).isEqualTo(span.get("evidence"));
      }
    }
  }
}
