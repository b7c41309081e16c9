package org.marsad.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LanguageDetectorTest {

  /** Both ways in: the raw text, and the tokens of its normalised form, as the extractor passes them. */
  private static void assertDetects(String text, Language expected) {
    assertThat(LanguageDetector.detect(text)).as("from the text").isEqualTo(expected);
    String folded = TextNormalizer.get().normalize(text).normalized();
    assertThat(LanguageDetector.detect(new Tokenizer(Vocabulary.empty()).tokenize(folded)))
        .as("from the tokens").isEqualTo(expected);
  }

  @Test
  void testArabic() {
    assertDetects("أعلنت جماعة نصرة الإسلام والمسلمين مسؤوليتها عن الهجوم.", Language.AR);
  }

  @Test
  void testArabicWithLatinName() {
    assertDetects("قال المتحدث باسم بعثة MINUSMA إن الهجوم وقع فجرا.", Language.AR);
  }

  @Test
  void testFrench() {
    assertDetects("Le groupe a revendiqué l'attaque contre le camp militaire de Boulkessi.", Language.FR);
  }

  @Test
  void testEnglish() {
    assertDetects("The group claimed responsibility for the attack on the army camp in Boulkessi.", Language.EN);
  }

  @Test
  void testDigitsAndPunctuationOnly() {
    assertDetects("123 !!", Language.UNKNOWN);
  }

  @Test
  void testTooFewLetters() {
    assertDetects("Gao", Language.UNKNOWN);
  }

  @Test
  void testEmpty() {
    assertDetects("", Language.UNKNOWN);
  }

  @Test
  void testFrenchWithElidedArticles() {
    assertDetects("L'armée a annoncé qu'elle avait neutralisé des terroristes près d'Ansongo.", Language.FR);
  }

  @Test
  void testCodesRoundTrip() {
    for (Language l : Language.values()) {
      assertThat(Language.fromCode(l.code())).isEqualTo(l);
    }
  }
}
