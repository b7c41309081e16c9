package org.marsad.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A text far larger than one report is read piece by piece and joined back into one extraction. */
class LargeTextTest {
  private static final String PARAGRAPH = "اعتقلت الشرطة سالم البوزيدي في تونس أمس.\n\n";

  @Test
  void piecesJoinIntoOneExtractionWithOriginalOffsets() {
    String text = PARAGRAPH.repeat(2 * LargeTextMerger.PIECE_CHARS / PARAGRAPH.length() + 1);
    Extraction x = Extractions.ar(text, "2015-11-02");
    assertThat(x.document().chars()).isEqualTo(text.length());
    // within a piece the repeated arrest is one fact; each piece states it once more
    assertThat(x.relations().stream().filter(r -> r.type() == RelationType.ARREST))
        .hasSize(LargeTextMerger.pieces(text).size());
    assertThat(x.entities().stream().filter(e -> e.name().equals("تونس"))).hasSize(1);
    for (Entity e : x.entities()) {
      for (Mention m : e.mentions()) {
        assertThat(text.substring(m.start(), m.end())).isEqualTo(m.text());
      }
    }
    for (Relation r : x.relations()) {
      assertThat(text.substring(r.evidence().start(), r.evidence().end())).isEqualTo(r.evidence().text());
      r.args().values().forEach(ids -> ids.forEach(id -> assertThat(x.entity(id)).isPresent()));
    }
  }

  @Test
  void piecesEndAtParagraphBreaks() {
    String text = PARAGRAPH.repeat(3 * LargeTextMerger.PIECE_CHARS / PARAGRAPH.length());
    for (int[] p : LargeTextMerger.pieces(text)) {
      assertThat(text.substring(p[0], p[1])).endsWith("\n");
    }
  }
}
