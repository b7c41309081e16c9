package org.marsad.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** One folding rule per test, in the manner of Lucene's TestArabicNormalizationFilter; then the alignment. */
class TextNormalizerTest {

  private static void assertFolds(String input, String expected) {
    assertThat(TextNormalizer.get().fold(input)).isEqualTo(expected);
  }

  /** Each control is tried alone between two letters: a rule that forgets one of them must fail here. */
  private static void assertDropped(char... controls) {
    for (char c : controls) {
      assertThat(TextNormalizer.get().fold("غاو" + c + "مالي"))
          .as("U+%04X", (int) c)
          .isEqualTo("غاومالي");
    }
  }

  private static Span originalSpanOf(AlignedText aligned, String normalizedPart) {
    int at = aligned.normalized().indexOf(normalizedPart);
    assertThat(at).as("'%s' in '%s'", normalizedPart, aligned.normalized()).isNotNegative();
    return aligned.toOriginal(at, at + normalizedPart.length());
  }

  @Test
  void testFathatan() {
    assertFolds("شكرًا", "شكرا");
  }

  @Test
  void testDammatan() {
    assertFolds("كتابٌ", "كتاب");
  }

  @Test
  void testKasratan() {
    assertFolds("بيومٍ", "بيوم");
  }

  @Test
  void testFatha() {
    assertFolds("قَتل", "قتل");
  }

  @Test
  void testDamma() {
    assertFolds("قُتل", "قتل");
  }

  @Test
  void testKasra() {
    assertFolds("قتِل", "قتل");
  }

  @Test
  void testShadda() {
    assertFolds("محمّد", "محمد");
  }

  @Test
  void testSukun() {
    assertFolds("مسْلح", "مسلح");
  }

  @Test
  void testSuperscriptAlef() {
    assertFolds("هٰذا", "هذا");
  }

  @Test
  void testTatweel() {
    assertFolds("الجـــزائر", "الجزائر");
  }

  @Test
  void testAlefHamzaAbove() {
    assertFolds("أزواد", "ازواد");
  }

  @Test
  void testAlefHamzaBelow() {
    assertFolds("إرهاب", "ارهاب");
  }

  @Test
  void testAlefMadda() {
    assertFolds("آمن", "امن");
  }

  @Test
  void testAlefWasla() {
    assertFolds("ٱلجزائر", "الجزائر");
  }

  @Test
  void testAlefMaksura() {
    assertFolds("مصطفى", "مصطفي");
  }

  @Test
  void testTehMarbuta() {
    assertFolds("القاعدة", "القاعده");
  }

  @Test
  void testVeh() {
    // Algerian spelling of Tiguentourine: ڤ writes /g/, which news spell with qaf.
    assertFolds("تيڤنتورين", "تيقنتورين");
  }

  @Test
  void testQafWithThreeDots() {
    assertFolds("ڨابس", "قابس");
  }

  @Test
  void testPeh() {
    assertFolds("پاريس", "باريس");
  }

  @Test
  void testTcheh() {
    assertFolds("چاد", "جاد");
  }

  @Test
  void testJeh() {
    assertFolds("ژان", "زان");
  }

  @Test
  void testGaf() {
    assertFolds("گاو", "كاو");
  }

  @Test
  void testKeheh() {
    assertFolds("کابل", "كابل");
  }

  @Test
  void testFarsiYeh() {
    assertFolds("علی", "علي");
  }

  @Test
  void testArabicIndicDigits() {
    assertFolds("٠١٢٣٤٥٦٧٨٩", "0123456789");
  }

  @Test
  void testPersianDigits() {
    // ۴ ۵ ۶ are shaped differently from their Arabic-Indic twins and have their own code points.
    assertFolds("۰۱۲۳۴۵۶۷۸۹", "0123456789");
  }

  @Test
  void testCurlyDoubleQuotes() {
    assertFolds("“داعش”", "\"داعش\"");
  }

  @Test
  void testGuillemets() {
    assertFolds("«داعش»", "\"داعش\"");
  }

  @Test
  void testSingleGuillemets() {
    assertFolds("‹داعش›", "\"داعش\"");
  }

  @Test
  void testGershayim() {
    assertFolds("״داعش״", "\"داعش\"");
  }

  @Test
  void testLowDoubleQuote() {
    assertFolds("„داعش", "\"داعش");
  }

  @Test
  void testZeroWidthChars() {
    assertDropped('\u200B', '\u200C', '\u200D');
  }

  @Test
  void testDirectionalMarks() {
    assertDropped('\u200E', '\u200F', '\u061C');
  }

  @Test
  void testBidiEmbeddingsAndOverrides() {
    assertDropped('\u202A', '\u202B', '\u202C', '\u202D', '\u202E');
  }

  @Test
  void testBidiIsolates() {
    assertDropped('\u2066', '\u2067', '\u2068', '\u2069');
  }

  @Test
  void testByteOrderMark() {
    assertDropped('\uFEFF');
  }

  @Test
  void testLatinLowerCase() {
    assertFolds("AQIM", "aqim");
  }

  @Test
  void testLatinAccents() {
    assertFolds("Tillabéri", "tillaberi");
  }

  @Test
  void testDecomposedLatinAccents() {
    assertFolds("Tillabe\u0301ri", "tillaberi");
  }

  @Test
  void testLamAlefLigature() {
    assertFolds("\uFEFB", "لا");
    assertFolds("\uFEFC", "لا");
  }

  @Test
  void testLamAlefWithHamzaLigature() {
    assertFolds("\uFEF7", "لا");
    assertFolds("\uFEF9", "لا");
  }

  @Test
  void testLamAlefWithMaddaLigature() {
    assertFolds("\uFEF5", "لا");
  }

  @Test
  void testPhraseLigatureKeepsItsSpaces() {
    assertFolds("\uFDFA", "صلي الله عليه وسلم");
  }

  @Test
  void testIsolatedHarakatFormIsDropped() {
    // NFKC gives a space plus the mark: neither may survive.
    assertFolds("شكر\uFE70", "شكر");
  }

  @Test
  void testNoBreakSpace() {
    assertFolds("شمال\u00A0مالي", "شمال مالي");
  }

  @Test
  void testLineBreaksKept() {
    // Sentence splitting needs them.
    assertFolds("عنوان\nنص", "عنوان\nنص");
  }

  @Test
  void testNonArabic() {
    assertFolds("attack on gao, 12 may 2013.", "attack on gao, 12 may 2013.");
  }

  @Test
  void testEmpty() {
    assertFolds("", "");
  }

  @Test
  void testSpanCoversHarakatOfLastLetter() {
    String original = "دخلوا الجزائرَ أمس";
    AlignedText aligned = TextNormalizer.get().normalize(original);
    assertThat(originalSpanOf(aligned, "الجزائر").cover(original)).isEqualTo("الجزائرَ");
  }

  @Test
  void testSpanCoversTatweelAndShaddaInside() {
    String original = "قال محمّـد إنه";
    AlignedText aligned = TextNormalizer.get().normalize(original);
    assertThat(originalSpanOf(aligned, "محمد").cover(original)).isEqualTo("محمّـد");
  }

  @Test
  void testSpanExcludesMarkBeforeWord() {
    String original = "\u200Fالجزائر";
    AlignedText aligned = TextNormalizer.get().normalize(original);
    assertThat(originalSpanOf(aligned, "الجزائر")).isEqualTo(new Span(1, original.length()));
  }

  @Test
  void testLigatureHalvesMapToWholeLigature() {
    AlignedText aligned = TextNormalizer.get().normalize("ب\uFEFB");
    assertThat(aligned.normalized()).isEqualTo("بلا");
    assertThat(aligned.toOriginal(1, 2)).isEqualTo(new Span(1, 2));
    assertThat(aligned.toOriginal(2, 3)).isEqualTo(new Span(1, 2));
  }

  @Test
  void testDroppedMarkMapsForwardToNextChar() {
    AlignedText aligned = TextNormalizer.get().normalize("قتلَ جنود");
    assertThat(aligned.toNormalized(3)).isEqualTo(3);
    assertThat(aligned.normalized().charAt(3)).isEqualTo(' ');
  }

  @Test
  void testAlignmentIsIdentityForAscii() {
    String original = "Attack near Gao, 12 May 2013: \"AQIM\" claimed it.";
    AlignedText aligned = TextNormalizer.get().normalize(original);
    assertThat(aligned.normalized()).hasSameSizeAs(original);
    for (int i = 0; i < original.length(); i++) {
      assertThat(aligned.toOriginal(i, i + 1)).isEqualTo(new Span(i, i + 1));
      assertThat(aligned.toNormalized(i)).isEqualTo(i);
    }
  }
}
