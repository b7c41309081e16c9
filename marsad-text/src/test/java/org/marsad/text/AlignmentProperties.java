package org.marsad.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * For any text, folding keeps a sound alignment, and tokens and sentences stay inside the folded text.
 * Hostile input is the point: marks with nothing to attach to, ligatures, lone surrogates, bidi controls.
 */
class AlignmentProperties {
  private static final String[] PIECES = {"ا", "ب", "ت", "د", "ر", "ع", "ق", "ك", "ل", "م", "ن", "ه", "و", "ي",
      "ة", "ى", "أ", "إ", "آ", "ٱ", "ء", "ئ", "\u064B", "\u064E", "\u064F", "\u0650", "\u0651", "\u0652", "\u0670",
      "\u0640", "ڤ", "ڨ", "پ", "چ", "ژ", "گ", "ک", "ی", "\u200B", "\u200D", "\u200F", "\u202B", "\u202C", "\u2067",
      "\u2069", "\u061C", "\uFEFF", "“", "”", "«", "»", "‹", "›", "״", "„", "\uFEFB", "\uFEF7", "\uFDFA", "\uFE70",
      "😀", "𝐀", "\uD800", "\uDC00", " ", "\n", "\r", "\t", "\u00A0", ".", "،", "؟", "!", "٢", "۴", "7", "é",
      "E\u0301", "œ", "Ａ", "U.S.", "3.5", "ازواد", "وتلاحق", "الجزائر", "داعش", "للأمن", "كيدال", "Tillabéri"};
  private static final Vocabulary VOCABULARY = Vocabulary.of(Set.of("ازواد", "الجزائر", "داعش", "كيدال"));

  @Provide
  Arbitrary<String> texts() {
    Arbitrary<String> glued = Arbitraries.of(PIECES).list().ofMaxSize(80).map(l -> String.join("", l));
    Arbitrary<String> spaced = Arbitraries.of(PIECES).list().ofMaxSize(40).map(l -> String.join(" ", l));
    Arbitrary<String> anyChars = Arbitraries.strings().all().ofMaxLength(120);
    Arbitrary<String> arabicBlocks = Arbitraries.strings().withCharRange('\u0600', '\u06FF')
        .withCharRange('\uFB50', '\uFDFF').withCharRange('\uFE70', '\uFEFF').withChars(' ', '\n', '.', '\u200F')
        .ofMaxLength(120);
    return Arbitraries.oneOf(glued, spaced, anyChars, arabicBlocks);
  }

  private static boolean splitsSurrogatePair(String s, int at) {
    return at > 0 && at < s.length() && Character.isHighSurrogate(s.charAt(at - 1))
        && Character.isLowSurrogate(s.charAt(at));
  }

  @Property(tries = 1000)
  void everyNormalizedSpanMapsInsideTheOriginal(@ForAll("texts") String original) {
    AlignedText aligned = TextNormalizer.get().normalize(original);
    int n = aligned.normalized().length();
    for (int i = 0; i <= n; i++) {
      for (int j : new int[] {i, Math.min(i + 1, n), Math.min(i + 5, n), n}) {
        Span span = aligned.toOriginal(i, j);
        assertThat(span.start()).isBetween(0, span.end());
        assertThat(span.end()).isLessThanOrEqualTo(original.length());
      }
    }
  }

  @Property(tries = 1000)
  void eachNormalizedCharComesFromOriginalCharsInOrder(@ForAll("texts") String original) {
    AlignedText aligned = TextNormalizer.get().normalize(original);
    String normalized = aligned.normalized();
    int previousStart = 0;
    int previousEnd = 0;
    for (int i = 0; i < normalized.length(); i++) {
      Span span = aligned.toOriginal(i, i + 1);
      assertThat(span.start()).isGreaterThanOrEqualTo(previousStart);
      assertThat(span.end()).isGreaterThanOrEqualTo(previousEnd).isGreaterThan(span.start());
      // Folding is context-free, so the slice a char is mapped to must fold to something containing it.
      assertThat(TextNormalizer.get().fold(span.cover(original))).contains(normalized.substring(i, i + 1));
      previousStart = span.start();
      previousEnd = span.end();
    }
  }

  @Property(tries = 1000)
  void spansAtCodePointBoundariesNeverSplitASurrogatePair(@ForAll("texts") String original) {
    AlignedText aligned = TextNormalizer.get().normalize(original);
    String normalized = aligned.normalized();
    int n = normalized.length();
    for (int i = 0; i <= n; i++) {
      for (int j : new int[] {i, Math.min(i + 1, n), Math.min(i + 2, n), n}) {
        if (splitsSurrogatePair(normalized, i) || splitsSurrogatePair(normalized, j)) {
          continue;
        }
        Span span = aligned.toOriginal(i, j);
        assertThat(splitsSurrogatePair(original, span.start())).as("start of %s", span).isFalse();
        assertThat(splitsSurrogatePair(original, span.end())).as("end of %s", span).isFalse();
      }
    }
  }

  @Property(tries = 1000)
  void tokensAreOrderedSlicesOfTheFoldedText(@ForAll("texts") String original) {
    String folded = TextNormalizer.get().fold(original);
    List<Token> tokens = new Tokenizer(VOCABULARY).tokenize(folded);
    int previousEnd = 0;
    for (Token t : tokens) {
      assertThat(t.start()).isGreaterThanOrEqualTo(previousEnd);
      assertThat(t.end()).isGreaterThan(t.start()).isLessThanOrEqualTo(folded.length());
      assertThat(t.text()).isEqualTo(folded.substring(t.start(), t.end()));
      // Only spaces and line breaks may fall between tokens.
      assertThat(folded.substring(previousEnd, t.start())).matches("[ \\n\\r]*");
      if (t.type() != TokenType.PUNCT && t.type() != TokenType.OTHER) {
        for (int i = t.start(); i < t.end(); i += Character.charCount(folded.codePointAt(i))) {
          assertThat(Tokenizer.typeOf(folded, i)).as("script of %s", t).isEqualTo(t.type());
        }
      }
      previousEnd = t.end();
    }
    assertThat(folded.substring(previousEnd)).matches("[ \\n\\r]*");
  }

  @Property(tries = 1000)
  void sentencesAreOrderedAndShareNoTokens(@ForAll("texts") String original) {
    String folded = TextNormalizer.get().fold(original);
    List<Token> tokens = new Tokenizer(VOCABULARY).tokenize(folded);
    List<SentenceSplitter.Sentence> sentences = SentenceSplitter.split(folded, tokens);
    int nextToken = 0;
    int previousEnd = 0;
    for (SentenceSplitter.Sentence s : sentences) {
      assertThat(s.firstToken()).isEqualTo(nextToken);
      assertThat(s.endToken()).isGreaterThan(s.firstToken());
      assertThat(s.span().start()).isGreaterThanOrEqualTo(previousEnd);
      assertThat(s.span().end()).isLessThanOrEqualTo(folded.length());
      assertThat(s.span()).isEqualTo(new Span(tokens.get(s.firstToken()).start(),
          tokens.get(s.endToken() - 1).end()));
      nextToken = s.endToken();
      previousEnd = s.span().end();
    }
    assertThat(nextToken).isEqualTo(tokens.size());
  }
}
