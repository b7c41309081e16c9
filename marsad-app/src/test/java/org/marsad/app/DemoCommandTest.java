package org.marsad.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `marsad demo` fills the knowledge base from the sample corpus and answers three analyst questions. */
class DemoCommandTest {
  @TempDir
  Path data;

  private Cli demo() {
    return Cli.run("demo", "--samples", SharedData.samples().toString(), "--data", data.toString(), "--no-serve");
  }

  @Test
  void ingestsTheCorpusAndAnswersThreeQuestionsWithEvidence() {
    Cli r = demo();
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).contains("ingested 30 sample reports (0 already there)")
        .contains("1. Who had pledged allegiance to whom").contains("2. Where was Amadou Koufa last reported")
        .contains("3. Which armed groups are linked to JNIM").contains("Watch 'sahara-battalions-isis'");
    assertThat(r.out()).containsPattern("PLEDGED_ALLEGIANCE .*\\n\\s+report \\d+ \\(Marsad sample corpus C3");
    assertThat(r.out()).containsPattern("last at .+ \\(\\d{4}-\\d{2}-\\d{2}\\), report \\d+, Marsad sample corpus C3: «");
  }

  @Test
  void runningItAgainAddsNothing() {
    demo();
    Cli again = demo();
    assertThat(again.code()).as(again.err()).isZero();
    assertThat(again.out()).contains("ingested 0 sample reports (30 already there)");
  }
}
