package org.marsad.kb.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import net.jqwik.api.statistics.Statistics;

/**
 * Whatever the bytes of a .txt, .html or .jsonl file, reading yields reports or rejections and never throws;
 * every report carries exactly the bytes it came from. Hostile input is the point: lying byte-order marks, NUL
 * bytes, lone surrogates, half-open tags and half-written JSON.
 */
class ReportSourcesProperties {
  private static final String[] EXTENSIONS = {"txt", "html", "htm", "jsonl"};
  private static final byte[][] BOMS = {{}, Inputs.UTF8_BOM, Inputs.UTF16LE_BOM, Inputs.UTF16BE_BOM};
  private static final Charset[] CHARSETS = {StandardCharsets.UTF_8, StandardCharsets.UTF_16LE,
      StandardCharsets.UTF_16BE, Inputs.WINDOWS_1256, Inputs.ISO_8859_6};
  private static final String[] PIECES = {"انطلقت", " ", "فعاليات", "المهرجان", "،", ".", "\n", "\r\n", "\r",
      "Le maire", " a ouvert ", "la séance.", "É", "œ", "«", "»", "\u200F", "\uFEFF", "\u0000", "\u0001", "\uD800",
      "\uDC00", "😀", "<p>", "</p>", "<article>", "<nav>", "<script>", "</script>", "<!--", "-->", "<br>",
      "<meta charset=\"windows-1256\">", "<title>", "&amp;", "&#0;", "<", ">", "&", "{\"text\":\"", "\"}", "{",
      "}", "[", "]", "\"title\":", "\"text\":", "null", "42", ",", "\\", "\\u12", "\\\"", "\"", "\t"};
  private static final AtomicLong FILES = new AtomicLong();
  private static Path dir;

  @BeforeContainer
  static void createFolder() throws IOException {
    dir = Files.createTempDirectory("marsad-source-properties");
  }

  @AfterContainer
  static void deleteFolder() throws IOException {
    Inputs.deleteTree(dir);
  }

  @Provide
  Arbitrary<byte[]> hostileBytes() {
    Arbitrary<byte[]> random = Arbitraries.bytes().array(byte[].class).ofMaxSize(2048);
    Arbitrary<byte[]> markedRandom = Combinators.combine(Arbitraries.of(BOMS), random).as(Inputs::concat);
    Arbitrary<String> text = Arbitraries.of(PIECES).list().ofMaxSize(120).map(l -> String.join("", l));
    Arbitrary<byte[]> encoded = Combinators.combine(Arbitraries.of(BOMS), text, Arbitraries.of(CHARSETS))
        .as((bom, s, cs) -> Inputs.concat(bom, s.getBytes(cs)));
    Arbitrary<byte[]> anyChars = Arbitraries.strings().all().ofMaxLength(300)
        .map(s -> s.getBytes(StandardCharsets.UTF_8));
    return Arbitraries.oneOf(random, markedRandom, encoded, anyChars);
  }

  @Provide
  Arbitrary<String> extensions() {
    return Arbitraries.of(EXTENSIONS);
  }

  private static Path write(byte[] bytes, String extension) throws IOException {
    return Files.write(dir.resolve("input-" + FILES.incrementAndGet() + "." + extension), bytes);
  }

  private static List<SourceItem> readAndDelete(Path file) throws IOException {
    try {
      return Inputs.readAll(file);
    } finally {
      Files.delete(file);
    }
  }

  @Property(tries = 400)
  void readingNeverThrowsAndEveryItemNamesItsInput(@ForAll("hostileBytes") byte[] bytes,
      @ForAll("extensions") String extension) throws IOException {
    Path file = write(bytes, extension);
    List<SourceItem> items = readAndDelete(file);
    assertThat(items).isNotEmpty();
    for (SourceItem item : items) {
      assertThat(item.input()).matches(s -> s.equals(file.toString()) || s.startsWith(file + ":"), "names " + file);
    }
  }

  @Property(tries = 400)
  void everyRejectionHasAReason(@ForAll("hostileBytes") byte[] bytes, @ForAll("extensions") String extension)
      throws IOException {
    for (SourceItem item : readAndDelete(write(bytes, extension))) {
      if (item instanceof Rejected r) {
        assertThat(r.reason()).isNotBlank();
      }
    }
  }

  @Property(tries = 400)
  void acceptedReportsCarryTheExactOriginalBytesAndTheirDigest(@ForAll("hostileBytes") byte[] bytes,
      @ForAll("extensions") String extension) throws IOException {
    Path file = write(bytes, extension);
    List<SourceItem> items = readAndDelete(file);
    // Guards against a generator so hostile that nothing is ever accepted and the property holds vacuously.
    Statistics.collect(items.stream().anyMatch(i -> i instanceof SourceReport) ? "report" : "rejections only");
    Statistics.coverage(coverage -> coverage.check("report").percentage(p -> p > 10));
    for (SourceItem item : items) {
      if (item instanceof SourceReport r) {
        byte[] expected = extension.equals("jsonl") ? Inputs.jsonlLine(bytes, lineNumber(r.input())) : bytes;
        assertThat(r.original()).isEqualTo(expected);
        assertThat(r.sha256()).isEqualTo(Inputs.digest(expected));
        assertThat(r.text()).isNotBlank();
      }
    }
  }

  @Provide
  Arbitrary<String> plainTexts() {
    Arbitrary<String> word = Arbitraries.of("انطلقت", "فعاليات", "المهرجان", "الثقافي", "Le", "maire", "a",
        "inauguré", "la", "fête", "été", "«", "»", "،", ".");
    Arbitrary<String> separator = Arbitraries.of(" ", " ", " ", "\n", "\n\n", "\r\n");
    return Combinators.combine(word.list().ofMinSize(1).ofMaxSize(60), separator.list().ofMinSize(60).ofMaxSize(60))
        .as((words, separators) -> {
          StringBuilder out = new StringBuilder(words.get(0));
          for (int i = 1; i < words.size(); i++) {
            out.append(separators.get(i)).append(words.get(i));
          }
          return out.toString();
        });
  }

  @Provide
  Arbitrary<Charset> unicodeCharsets() {
    return Arbitraries.of(StandardCharsets.UTF_8, StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE);
  }

  @Property(tries = 200)
  void unicodeTextFileIsAcceptedWithItsTextAndBytesUnchanged(@ForAll("plainTexts") String text,
      @ForAll("unicodeCharsets") Charset charset, @ForAll boolean byteOrderMark) throws IOException {
    byte[] utf16Mark = charset == StandardCharsets.UTF_16LE ? Inputs.UTF16LE_BOM : Inputs.UTF16BE_BOM;
    // UTF-16 without a mark is not detected (its NUL bytes read as binary), so only UTF-8 goes without one.
    byte[] mark = charset != StandardCharsets.UTF_8 ? utf16Mark : byteOrderMark ? Inputs.UTF8_BOM : new byte[0];
    byte[] bytes = Inputs.concat(mark, text.getBytes(charset));
    List<SourceItem> items = readAndDelete(write(bytes, "txt"));
    assertThat(items).hasSize(1).first().isInstanceOf(SourceReport.class);
    SourceReport r = (SourceReport) items.get(0);
    assertThat(r.text()).isEqualTo(text);
    assertThat(r.original()).isEqualTo(bytes);
    assertThat(r.sha256()).isEqualTo(Inputs.digest(bytes));
  }

  private static long lineNumber(String input) {
    return Long.parseLong(input.substring(input.lastIndexOf(':') + 1));
  }

}
