package org.marsad.kb.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SourceReportTest {
  private static final byte[] BYTES = "Réunion du conseil jeudi.".getBytes(StandardCharsets.UTF_8);

  private static SourceReport withPublished(Optional<String> published) {
    return new SourceReport("a.txt", BYTES, Sha256.hex(BYTES), "Réunion du conseil jeudi.", Optional.empty(),
        Optional.empty(), published, Optional.empty(), "UTF-8", SourceFormat.TXT);
  }

  @Test
  void publishedDateIsTheDateAsWrittenInAnIsoTimestamp() {
    assertThat(withPublished(Optional.of("2024-05-12T23:30:00-05:00")).publishedDate())
        .contains(LocalDate.of(2024, 5, 12));
  }

  @Test
  void publishedDateIsEmptyForADateInWords() {
    assertThat(withPublished(Optional.of("12 mai 2024")).publishedDate()).isEmpty();
  }

  @Test
  void publishedDateIsEmptyForAnImpossibleDate() {
    assertThat(withPublished(Optional.of("2024-02-30")).publishedDate()).isEmpty();
  }

  @Test
  void changingTheReturnedBytesDoesNotChangeTheReport() {
    SourceReport r = withPublished(Optional.empty());
    r.original()[0] = 0;
    assertThat(r.original()).isEqualTo(BYTES);
  }

  @Test
  void changingTheGivenBytesDoesNotChangeTheReport() {
    byte[] bytes = BYTES.clone();
    SourceReport r = new SourceReport("a.txt", bytes, Sha256.hex(bytes), "texte", Optional.empty(),
        Optional.empty(), Optional.empty(), Optional.empty(), "UTF-8", SourceFormat.TXT);
    bytes[0] = 0;
    assertThat(r.original()).isEqualTo(BYTES);
  }

  @Test
  void reportsOfEqualBytesAreEqual() {
    assertThat(withPublished(Optional.empty())).isEqualTo(withPublished(Optional.empty()))
        .hasSameHashCodeAs(withPublished(Optional.empty()));
  }

  @Test
  void blankTextIsRefused() {
    assertThatThrownBy(() -> new SourceReport("a.txt", BYTES, Sha256.hex(BYTES), " \n", Optional.empty(),
        Optional.empty(), Optional.empty(), Optional.empty(), "UTF-8", SourceFormat.TXT))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("a.txt");
  }

  @Test
  void malformedDigestIsRefusedNamingTheValue() {
    assertThatThrownBy(() -> new SourceReport("a.txt", BYTES, "ABC", "texte", Optional.empty(), Optional.empty(),
        Optional.empty(), Optional.empty(), "UTF-8", SourceFormat.TXT))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("ABC");
  }

  @Test
  void rejectionWithoutAReasonIsRefused() {
    assertThatThrownBy(() -> new Rejected("a.txt", " ")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("a.txt");
  }
}
