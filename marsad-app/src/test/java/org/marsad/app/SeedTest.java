package org.marsad.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.marsad.app.eval.EvalRun;
import org.marsad.app.eval.Evaluator;
import org.marsad.app.eval.Gold;
import org.marsad.app.eval.Score;
import org.marsad.extract.Entity;
import org.marsad.extract.ExtractOptions;
import org.marsad.extract.Extraction;
import org.marsad.extract.Extractor;
import org.marsad.extract.Modality;
import org.marsad.extract.Relation;
import org.marsad.extract.RelationType;
import org.marsad.extract.Role;
import org.marsad.text.Language;

/** The report the product grew from, scored against what a careful analyst extracts from it. */
class SeedTest {
  private static Gold gold;
  private static Extraction extraction;
  private static Score score;

  @BeforeAll
  static void extractSeed() {
    Path seed = SharedData.shared().resolve("seed");
    gold = Gold.read(seed.resolve("expected.json"));
    String text = EvalRun.read(seed.resolve("seed-article.ar.txt"));
    extraction = Extractor.withBuiltInLexicons().extract(text, ExtractOptions.defaults().withLanguage(Language.AR));
    score = new Score();
    Evaluator.score("seed", gold, extraction, score);
  }

  @Test
  void everyRequiredEntityIsFound() {
    assertThat(score.requiredEntitiesFound()).as("misses: %s", score.misses())
        .isEqualTo(score.requiredEntities());
  }

  @Test
  void everyRequiredRelationIsFound() {
    assertThat(score.requiredRelationsFound()).as("misses: %s", score.misses())
        .isEqualTo(score.requiredRelations());
  }

  @Test
  void requiredRelationsKeepTheirModality() {
    assertThat(score.requiredModalityErrors()).isEmpty();
  }

  @Test
  void nothingForbiddenByTheGoldComesOut() {
    assertThat(score.violations()).isEmpty();
  }

  @Test
  void theSaharaBattalionsPledgeIsNeverAsserted() {
    Entity sahara = entityWithMention("كتائب الصحراء");
    Entity isis = entityWithMention("داعش");
    List<Relation> pledges = extraction.relations().stream()
        .filter(r -> r.type() == RelationType.PLEDGED_ALLEGIANCE)
        .filter(r -> r.arg(Role.SUBJECT).contains(sahara.id()) && r.arg(Role.OBJECT).contains(isis.id()))
        .toList();
    assertThat(pledges).isNotEmpty();
    assertThat(pledges).allSatisfy(r -> assertThat(r.modality()).isNotEqualTo(Modality.ASSERTED));
  }

  @Test
  void hamadaOuldKheirouPledgeIsAFact() {
    Entity hamada = entityWithMention("أبو قمقم");
    Entity isis = entityWithMention("داعش");
    assertThat(extraction.relations()).anySatisfy(r -> {
      assertThat(r.type()).isEqualTo(RelationType.PLEDGED_ALLEGIANCE);
      assertThat(r.arg(Role.SUBJECT)).contains(hamada.id());
      assertThat(r.arg(Role.OBJECT)).contains(isis.id());
      assertThat(r.modality()).isEqualTo(Modality.ASSERTED);
    });
  }

  @Test
  void everyReportedSpanIsTheOriginalSlice() {
    String text = extraction.text();
    extraction.entities().forEach(e -> e.mentions().forEach(m ->
        assertThat(text.substring(m.start(), m.end())).isEqualTo(m.text())));
    extraction.relations().forEach(r ->
        assertThat(text.substring(r.evidence().start(), r.evidence().end())).isEqualTo(r.evidence().text()));
  }

  private static Entity entityWithMention(String surface) {
    return extraction.entities().stream()
        .filter(e -> e.mentions().stream().anyMatch(m -> m.text().contains(surface)))
        .findFirst().orElseThrow(() -> new AssertionError("no entity mentions " + surface));
  }
}
