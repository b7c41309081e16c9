package org.marsad.app;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/** Locates ../shared and the sample corpus for tests; tests that need ../shared skip when it is absent. */
final class SharedData {

  private SharedData() {
  }

  static Path shared() {
    Path p = Path.of(System.getProperty("marsad.shared", "../../shared")).toAbsolutePath().normalize();
    assumeTrue(Files.isDirectory(p.resolve("seed")),
        "skipped: ../shared (the spec's seed and reference data) is not beside this checkout at " + p);
    return p;
  }

  static Path samples() {
    Path p = Path.of(System.getProperty("marsad.samples", "../samples")).toAbsolutePath().normalize();
    if (!Files.isDirectory(p)) {
      throw new IllegalStateException("the sample corpus is part of the repository but was not found at " + p);
    }
    return p;
  }
}
