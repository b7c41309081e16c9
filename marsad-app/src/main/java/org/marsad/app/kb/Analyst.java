package org.marsad.app.kb;

import java.io.PrintWriter;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.marsad.extract.EntityType;
import org.marsad.extract.RelationType;
import org.marsad.kb.KbException;
import org.marsad.kb.grade.Reliability;
import org.marsad.kb.index.IndexSync;
import org.marsad.kb.ingest.IngestOptions;
import org.marsad.kb.ingest.Ingestor;
import org.marsad.kb.ingest.Outcome;
import org.marsad.kb.query.Fact;
import org.marsad.kb.query.Network;
import org.marsad.kb.query.Profile;
import org.marsad.kb.source.SourceReport;
import org.marsad.kb.store.Alert;
import org.marsad.kb.store.Watches;

/** The demo's analyst: fills the knowledge base from a corpus and asks it the questions an analyst asks first. */
public final class Analyst implements AutoCloseable {
  static final String WATCH = "sahara-battalions-isis";
  private final KbSession kb;
  private final PrintWriter out;

  public Analyst(StoreOptions store, PrintWriter out) {
    this.kb = new KbSession(store);
    this.out = out;
  }

  public void ingest(List<SourceReport> reports, String source) {
    IndexSync sync = kb.sync();
    Ingestor ingestor = new Ingestor(kb.db(), kb.extractor(), kb.clock()).addListener(sync::add);
    // the team wrote the samples from public reporting: fairly reliable, possibly true
    IngestOptions o = IngestOptions.defaults().withSource(source).withReliability(Reliability.C)
        .withCredibility(org.marsad.kb.grade.Credibility.POSSIBLY_TRUE);
    int[] counts = new int[2];
    ingestor.ingestAll(reports.iterator(), o, outcome -> {
      if (outcome instanceof Outcome.Ingested) {
        counts[0]++;
      } else if (outcome instanceof Outcome.Duplicate) {
        counts[1]++;
      } else if (outcome instanceof Outcome.Rejected rej) {
        out.println("  rejected " + rej.input() + ": " + rej.reason());
      }
    });
    int ingested = counts[0];
    if (ingested > 0) {
      kb.compactOnClose();
    }
    int duplicates = counts[1];
    sync.commit();
    out.println("Knowledge base " + kb.options().data() + ": ingested " + ingested + " sample reports ("
        + duplicates + " already there).");
  }

  /** The seed report's standing question, as a watch. */
  public void watchSaharaBattalions() {
    Watches watches = new Watches(kb.db().handle());
    if (watches.byName(WATCH).isEmpty()) {
      watches.add(WATCH, "Will AQIM's Sahara Battalions (or AQIM) pledge allegiance to ISIS?",
          Set.of(RelationType.PLEDGED_ALLEGIANCE), List.of("كتائب الصحراء", "AQIM"), List.of("ISIS"), List.of(),
          Instant.now());
      out.println("Watch '" + WATCH + "' set: every new report is checked for a pledge of the Sahara Battalions "
          + "or AQIM to ISIS.");
    }
  }

  public void answerThreeQuestions() {
    Names names = new Names(kb.questions());
    FactText text = new FactText(names);
    LocalDate asOf = LocalDate.of(2016, 1, 1);
    out.println();
    out.println("1. Who had pledged allegiance to whom as of " + asOf + "? / من بايع من؟");
    List<Fact> pledges = kb.questions().relations(Set.of(RelationType.PLEDGED_ALLEGIANCE), Optional.of(asOf),
        Optional.empty());
    if (pledges.isEmpty()) {
      out.println("   no pledge reported before that date");
    }
    pledges.forEach(f -> {
      out.print("   ");
      text.print(out, f);
    });
    out.println();
    out.println("2. Where was Amadou Koufa last reported, and by whom? / أين ورد آخر ذكر لمكان أمادو كوفا؟");
    try {
      Profile p = kb.questions().profile("Amadou Koufa");
      out.println("   " + Names.label(p.entity()) + ": " + p.reports() + " reports");
      out.println(p.lastSeen().map(ls -> "   last at " + Names.label(ls.place()) + " ("
          + ls.evidence().when().map(Object::toString).orElse("undated") + "), report " + ls.evidence().claim()
          .reportId() + ", " + ls.evidence().source() + " " + ls.evidence().grade() + ": «"
          + FactText.oneLine(ls.evidence().claim().evidence()) + "»").orElse("   no location reported"));
    } catch (KbException e) {
      out.println("   " + e.getMessage());
    }
    out.println();
    out.println("3. Which armed groups are linked to JNIM, and how? / ما الجماعات المرتبطة بنصرة الإسلام؟");
    try {
      Network n = kb.questions().network("JNIM", 1);
      n.edges().stream().filter(f -> f.args().values().stream().flatMap(List::stream)
              .anyMatch(id -> id != n.center().id() && names.entity(id).type() == EntityType.ARMED_GROUP))
          .forEach(f -> {
            out.print("   ");
            text.print(out, f);
          });
    } catch (KbException e) {
      out.println("   " + e.getMessage());
    }
    List<Alert> alerts = new Watches(kb.db().handle()).alerts(Optional.empty()).stream()
        .filter(a -> a.watch().equals(WATCH)).toList();
    out.println();
    out.println("Watch '" + WATCH + "': " + alerts.size() + " alert(s)");
    alerts.forEach(a -> out.println("   " + a.modality() + ", report " + a.reportId() + ": «"
        + FactText.oneLine(a.evidence()) + "»"));
  }

  @Override
  public void close() {
    kb.close();
  }
}
