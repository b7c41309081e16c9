package org.marsad.kb.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/** Whatever mix of good, broken and blank lines a JSON Lines file holds, each non-blank line is one item. */
class JsonlProperties {
  private static final String[] PIECES = {"انطلقت", " ", "فعاليات", "Le maire", " a ouvert ", "la séance.",
      "«", "\u200F", "\uFEFF", "\u0000", "\uD800", "😀", "{\"text\":\"", "\"}", "{", "}", "[", "]", "\"title\":",
      "\"text\":", "null", "42", ",", "\\", "\\u12", "\"", "\t"};
  private static final AtomicLong FILES = new AtomicLong();
  private static Path dir;

  @BeforeContainer
  static void createFolder() throws IOException {
    dir = Files.createTempDirectory("marsad-jsonl-properties");
  }

  @AfterContainer
  static void deleteFolder() throws IOException {
    Inputs.deleteTree(dir);
  }

  @Provide
  Arbitrary<List<String>> jsonlLines() {
    Arbitrary<String> good = Arbitraries.of(PIECES).list().ofMaxSize(20).map(l -> String.join("", l))
        .map(s -> "{\"text\":\"x " + s.replace("\\", "\\\\").replace("\"", "\\\"").replaceAll("[\\p{Cntrl}]", " ")
            + "\"}");
    Arbitrary<String> junk = Arbitraries.of(PIECES).list().ofMaxSize(10).map(l -> String.join("", l))
        .map(s -> s.replaceAll("[\\r\\n]", " "));
    return Arbitraries.oneOf(good, good, junk, Arbitraries.of("", "  ")).list().ofMaxSize(30);
  }

  @Property(tries = 200)
  void everyNonBlankJsonlLineYieldsOneItemInOrder(@ForAll("jsonlLines") List<String> lines) throws IOException {
    Path file = dir.resolve("lines-" + FILES.incrementAndGet() + ".jsonl");
    Files.write(file, String.join("\n", lines).getBytes(StandardCharsets.UTF_8));
    List<SourceItem> items = Inputs.readAll(file);
    Files.delete(file);
    List<String> expected = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      // A byte-order mark opening the file belongs to the file, so it leaves the first line blank.
      String line = i == 0 && lines.get(i).startsWith("\uFEFF") ? lines.get(i).substring(1) : lines.get(i);
      if (!line.chars().allMatch(c -> c == ' ' || c == '\t' || c == '\r' || c == '\f')) {
        expected.add(file + ":" + (i + 1));
      }
    }
    if (expected.isEmpty()) {
      assertThat(Inputs.inputs(items)).containsExactly(file.toString());
    } else {
      assertThat(Inputs.inputs(items)).isEqualTo(expected);
    }
  }
}
