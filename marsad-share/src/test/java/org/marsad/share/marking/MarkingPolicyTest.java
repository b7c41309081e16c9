package org.marsad.share.marking;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.extract.RelationType;
import org.marsad.kb.store.Database;
import org.marsad.kb.store.StoreLocation;
import org.marsad.share.TestData;
import org.marsad.share.stix.Tlp;

/** Inheritance downward, tightening only, and the most restrictive marking for a fact of several reports. */
class MarkingPolicyTest {
  static final String SHA_A = "a".repeat(64);
  static final String SHA_B = "b".repeat(64);
  static final FactTargets FACT = new FactTargets("PLEDGED_ALLEGIANCE|subject=[group/x]|object=[group/isis]",
      List.of(MarkingTarget.statement(SHA_A, "r1", RelationType.PLEDGED_ALLEGIANCE, 10, 90)));
  @TempDir
  Path dir;
  Database db;
  Markings markings;

  @BeforeEach
  void open() {
    db = Database.open(StoreLocation.embedded(dir.resolve("data")));
    markings = new Markings(db.handle());
  }

  @AfterEach
  void close() {
    db.close();
  }

  private void set(MarkingTarget t, Tlp tlp) {
    markings.set(t, tlp, "analyst", TestData.NOW);
  }

  @Test
  void nothingSetMeansTheNodeDefault() {
    assertThat(markings.policy().report("El Watan", SHA_A)).isEqualTo(Tlp.AMBER);
    set(MarkingTarget.nodeDefault(), Tlp.GREEN);
    assertThat(markings.policy().report("El Watan", SHA_A)).isEqualTo(Tlp.GREEN);
  }

  @Test
  void aReportInheritsItsSourcesMarking() {
    set(MarkingTarget.source("El Watan"), Tlp.CLEAR);
    assertThat(markings.policy().report("El Watan", SHA_A)).isEqualTo(Tlp.CLEAR);
  }

  @Test
  void aReportMayTightenButNotLoosenItsSource() {
    set(MarkingTarget.source("El Watan"), Tlp.AMBER);
    set(MarkingTarget.report(SHA_A), Tlp.RED);
    set(MarkingTarget.report(SHA_B), Tlp.CLEAR);
    MarkingPolicy p = markings.policy();
    assertThat(p.report("El Watan", SHA_A)).isEqualTo(Tlp.RED);
    assertThat(p.report("El Watan", SHA_B)).isEqualTo(Tlp.AMBER);
  }

  @Test
  void aFactOfSeveralReportsTakesTheMostRestrictive() {
    set(MarkingTarget.report(SHA_A), Tlp.GREEN);
    set(MarkingTarget.report(SHA_B), Tlp.AMBER_STRICT);
    MarkingPolicy p = markings.policy();
    assertThat(p.fact(FACT, List.of(p.report("s", SHA_A), p.report("s", SHA_B)))).isEqualTo(Tlp.AMBER_STRICT);
  }

  @Test
  void aFactMarkedItselfIsNeverLooserThanItsReports() {
    set(MarkingTarget.report(SHA_A), Tlp.GREEN);
    set(FACT.key(), Tlp.RED);
    MarkingPolicy p = markings.policy();
    assertThat(p.fact(FACT, List.of(p.report("s", SHA_A)))).isEqualTo(Tlp.RED);
    set(FACT.key(), Tlp.CLEAR);
    assertThat(markings.policy().fact(FACT, List.of(Tlp.GREEN))).isEqualTo(Tlp.GREEN);
  }

  @Test
  void aMarkingOnAStatementHoldsWhenTheFactsKeyChanged() {
    markings.set(FACT, Tlp.RED, "analyst", TestData.NOW);
    // the same statement, now part of a fact whose key differs (an entity merged, an earlier date arrived)
    FactTargets changed = new FactTargets("PLEDGED_ALLEGIANCE|subject=[group/y]|object=[group/isis]",
        List.of(FACT.statements().get(0), MarkingTarget.statement(SHA_B, "r4", RelationType.PLEDGED_ALLEGIANCE, 0,
            40)));
    assertThat(markings.policy().fact(changed, List.of(Tlp.GREEN))).isEqualTo(Tlp.RED);
  }

  @Test
  void aFactTakesTheStrictestOfItsKeyAndStatements() {
    set(FACT.key(), Tlp.AMBER);
    set(FACT.statements().get(0), Tlp.AMBER_STRICT);
    assertThat(markings.policy().fact(FACT, List.of(Tlp.CLEAR))).isEqualTo(Tlp.AMBER_STRICT);
    assertThat(markings.policy().fact(new FactTargets("other", List.of()), List.of())).isEqualTo(Tlp.AMBER);
  }

  @Test
  void anEntityIsKnownAsWidelyAsTheLeastRestrictedReportNamingIt() {
    assertThat(markings.policy().entity(List.of(Tlp.RED, Tlp.GREEN))).isEqualTo(Tlp.GREEN);
  }

  @Test
  void whatAPartnerSendsOnlyTightens() {
    MarkingTarget t = MarkingTarget.report(SHA_A);
    set(t, Tlp.AMBER);
    assertThat(markings.tighten(t, Tlp.GREEN, "partner", TestData.NOW)).isFalse();
    assertThat(markings.get(t)).contains(Tlp.AMBER);
    assertThat(markings.tighten(t, Tlp.RED, "partner", TestData.NOW)).isTrue();
    assertThat(markings.get(t)).contains(Tlp.RED);
  }

  @Test
  void tlpIdsAreTheOfficialOnes() {
    assertThat(Tlp.AMBER_STRICT.markingId()).isEqualTo("marking-definition--939a9414-2ddd-4d32-a0cd-375ea402b003");
    assertThat(Tlp.byMarkingId("marking-definition--613f2e26-407d-48c7-9eca-b8e91df99dc9")).contains(Tlp.CLEAR);
    assertThat(Tlp.parse("amber+strict")).isEqualTo(Tlp.AMBER_STRICT);
  }
}
