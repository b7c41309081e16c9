package org.marsad.app;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.marsad.extract.ExtractOptions;
import org.marsad.extract.Extraction;
import org.marsad.extract.Extractor;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * For any input, random or hostile, every span the JSON reports (in code points) is exactly the original slice.
 */
class JsonContractProperties {
  private static Extractor extractor;
  private static final JsonMapper MAPPER = JsonMapper.builder().build();
  private static final String[] PIECES = {"داعش", "لـ “داعش”", "بداعش", "كتائب الصحراء", "أبو قمقم", "ولد",
      "أق", "الإرهابي", "الموريتاني", "قال مصدر أمني إن", "قد", "نفى", "يُعتقد", "أمس", "قبل أسبوعين",
      "بداية شهر أكتوبر", "شمال مالي", "ورڤلة", "إلى", "من", "عبر", "النيجر", "اعتقل", "هجوم", "،", ".", "\n",
      "\u200F", "\u202B", "\u0640", "\u064E", "\u0651", "«", "»", "😀", "\uFEFF", "AQIM", "Iyad Ag Ghaly",
      "a fait allégeance à", "l'État islamique", "<script>", "&amp;", "\u0000", "\uD800", "١٢٣", "۴۵"};

  @BeforeContainer
  static void load() {
    extractor = Extractor.withBuiltInLexicons();
  }

  @Provide
  Arbitrary<String> reports() {
    Arbitrary<String> pieces = Arbitraries.of(PIECES).list().ofMaxSize(60)
        .map(l -> String.join(" ", l));
    Arbitrary<String> glued = Arbitraries.of(PIECES).list().ofMaxSize(30).map(l -> String.join("", l));
    Arbitrary<String> random = Arbitraries.strings().all().ofMaxLength(200);
    Arbitrary<String> arabic = Arbitraries.strings().withCharRange('\u0600', '\u06FF').withChars(' ', '.', '"')
        .ofMaxLength(300);
    return Arbitraries.oneOf(pieces, glued, random, arabic);
  }

  @Property(tries = 300)
  void everySpanIsTheOriginalSlice(@ForAll("reports") String text) {
    Extraction x = extractor.extract(text, ExtractOptions.defaults());
    JsonNode root = MAPPER.readTree(ExtractionJson.write(x, false));
    for (JsonNode e : root.path("entities")) {
      for (JsonNode m : e.path("mentions")) {
        assertSlice(text, m);
      }
    }
    for (JsonNode r : root.path("relations")) {
      assertSlice(text, r.path("evidence"));
      for (JsonNode ids : r.path("args")) {
        for (JsonNode id : ids) {
          assertThat(root.path("entities").findValuesAsString("id")).contains(id.asString());
        }
      }
    }
  }

  private static void assertSlice(String text, JsonNode span) {
    int cps = text.codePointCount(0, text.length());
    int start = span.path("start").asInt();
    int end = span.path("end").asInt();
    assertThat(start).isBetween(0, end);
    assertThat(end).isLessThanOrEqualTo(cps);
    String slice = text.substring(text.offsetByCodePoints(0, start), text.offsetByCodePoints(0, end));
    assertThat(slice).isEqualTo(span.path("text").asString());
  }

}
