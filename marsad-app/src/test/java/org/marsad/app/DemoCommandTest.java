package org.marsad.app;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** `marsad demo` reads the whole sample corpus and summarises each report. */
class DemoCommandTest {

  @Test
  void summarisesEverySampleReport() {
    Cli r = Cli.run("demo", "--samples", SharedData.samples().toString());
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).contains("Marsad read 30 reports").contains("ar-02-jnim-merger.ar.txt")
        .contains("fr-01").contains("en-01");
  }
}
