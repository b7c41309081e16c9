package org.marsad.kb.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FolderWalkTest {
  private static final String FRENCH = "La préfecture annonce la réouverture de la route nationale après les travaux.";
  private static final String ARABIC = "حضر مئات السكان حفل افتتاح المهرجان الصيفي في المدينة القديمة.";

  @TempDir
  Path root;

  @BeforeEach
  void tree() {
    Inputs.write(root, "a.txt", FRENCH, StandardCharsets.UTF_8);
    Inputs.write(root, "Z.txt", ARABIC, Inputs.WINDOWS_1256);
    Inputs.write(root, "b/c.html", "<article><p>" + FRENCH + "</p></article>", StandardCharsets.UTF_8);
    Inputs.write(root, "b/d/e.jsonl", "{\"text\":\"" + ARABIC + "\"}\n{\"text\":\"" + FRENCH + "\"}\n",
        StandardCharsets.UTF_8);
    Inputs.write(root, ".hidden.txt", FRENCH, StandardCharsets.UTF_8);
    Inputs.write(root, ".git/config.txt", FRENCH, StandardCharsets.UTF_8);
    Inputs.write(root, "b/.cache/old.txt", FRENCH, StandardCharsets.UTF_8);
    Inputs.write(root, "rapport.pdf", "%PDF-1.4 fake", StandardCharsets.US_ASCII);
    Inputs.write(root, "empty.txt", new byte[0]);
    Inputs.write(root, "blob.txt", new byte[] {0x00, 0x01, 0x02, 0x03, (byte) 0xFF, 0x00, 0x10, 0x00});
  }

  private String at(String relative) {
    return root.resolve(relative).toString();
  }

  private Rejected rejectionOf(List<SourceItem> items, String relative) {
    return items.stream().filter(i -> i.input().equals(at(relative))).map(Rejected.class::cast).findFirst()
        .orElseThrow(() -> new AssertionError("no item for " + relative + " in " + items));
  }

  @Test
  void folderIsWalkedRecursivelyInSortedOrderSkippingHiddenEntries() {
    List<SourceItem> items = Inputs.readAll(root);
    assertThat(Inputs.inputs(items)).containsExactly(at("Z.txt"), at("a.txt"), at("b/c.html"),
        at("b/d/e.jsonl") + ":1", at("b/d/e.jsonl") + ":2", at("blob.txt"), at("empty.txt"), at("rapport.pdf"));
  }

  @Test
  void unsupportedFileTypeIsRejectedNotSkipped() {
    assertThat(rejectionOf(Inputs.readAll(root), "rapport.pdf").reason()).startsWith("unsupported file type .pdf");
  }

  @Test
  void emptyFileInAFolderIsRejectedAsEmpty() {
    assertThat(rejectionOf(Inputs.readAll(root), "empty.txt").reason()).contains("empty file");
  }

  @Test
  void binaryFileInAFolderIsRejectedAsBinary() {
    assertThat(rejectionOf(Inputs.readAll(root), "blob.txt").reason()).contains("binary data");
  }

  @Test
  void readingTwiceGivesTheSameItemsInTheSameOrder() {
    assertThat(Inputs.readAll(root)).isEqualTo(Inputs.readAll(root));
  }

  @Test
  void pathsAreReadInTheOrderGiven() {
    List<SourceItem> items = Inputs.readAll(root.resolve("a.txt"), root.resolve("Z.txt"));
    assertThat(Inputs.inputs(items)).containsExactly(at("a.txt"), at("Z.txt"));
  }

  @Test
  void hiddenFileNamedDirectlyIsRead() {
    SourceReport r = Inputs.onlyReport(root.resolve(".hidden.txt"));
    assertThat(r.text()).isEqualTo(FRENCH);
  }

  @Test
  void missingPathIsRejected() {
    Rejected r = Inputs.onlyRejection(root.resolve("absent.txt"));
    assertThat(r.reason()).isEqualTo("no such file or folder");
    assertThat(r.input()).isEqualTo(at("absent.txt"));
  }

  @Test
  void folderWithNothingToReadIsRejected() throws IOException {
    Path empty = Files.createDirectories(root.resolve("vide"));
    Inputs.write(empty, ".DS_Store", new byte[] {1});
    Rejected r = Inputs.onlyRejection(empty);
    assertThat(r.reason()).contains("no files to read");
  }

  @Test
  void countGivesFilesAndExpectedItems() {
    InputCount count = ReportSources.withDefaults().count(List.of(root));
    assertThat(count).isEqualTo(new InputCount(7, 8));
  }

  @Test
  void countMatchesTheNumberOfItemsRead() {
    InputCount count = ReportSources.withDefaults().count(List.of(root));
    assertThat((long) Inputs.readAll(root).size()).isEqualTo(count.items());
  }

  @Test
  void filesAreOpenedOnlyWhenTheIterationReachesThem() throws IOException {
    Path first = root.resolve("a.txt");
    Path second = root.resolve("Z.txt");
    try (Stream<SourceItem> items = ReportSources.withDefaults().read(List.of(first, second))) {
      Iterator<SourceItem> it = items.iterator();
      assertThat(it.next()).isInstanceOf(SourceReport.class);
      Files.delete(second);
      assertThat(it.next()).isInstanceOf(Rejected.class);
    }
  }
}
