package org.marsad.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `marsad eval` prints per-type scores, modality errors, misses and false hits; bad gold is refused. */
class EvalCommandTest {
  @TempDir
  Path dir;

  @Test
  void scoresTheSampleCorpus() {
    Cli r = Cli.run("eval", SharedData.samples().toString());
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).contains("Entities").contains("Relations and events").contains("ALL (micro)")
        .contains("Modality errors").contains("Misses").contains("False hits");
  }

  @Test
  void aGoldFileThatIsNotJsonIsRefusedByName() throws IOException {
    Files.writeString(dir.resolve("x.ar.txt"), "نص قصير عن بوكو حرام في نيجيريا.");
    Files.writeString(dir.resolve("x.gold.json"), "{not json");
    Cli r = Cli.run("eval", dir.toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("x.gold.json");
  }

  @Test
  void aDirectoryWithoutPairsIsRefused() {
    Cli r = Cli.run("eval", dir.toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("no NAME.LANG.txt");
  }
}
