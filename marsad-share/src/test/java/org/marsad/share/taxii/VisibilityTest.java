package org.marsad.share.taxii;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.marsad.share.partner.Labels;
import org.marsad.share.partner.Rules;
import org.marsad.share.stix.Tlp;

/** Which versions a partner sees: the newest version decides, and what it held is withdrawn, never re-sent. */
class VisibilityTest {
  private static final String ID = "relationship--00000000-0000-4000-8000-000000000001";
  private static final Predicate<StoredObject> AMBER_PARTNER = o -> Rules.defaults().allows(o.labels());

  private static StoredObject version(long added, String version, Tlp tlp) {
    return new StoredObject(added, ObjectStore.PUBLISHED, ID, version, "2.1", new Labels(tlp, "relationship",
        Set.of(), Set.of("El Watan"), true, Set.of()), false, null);
  }

  private final List<StoredObject> amberThenRed = List.of(version(1, "2026-11-01T00:00:00.000Z", Tlp.AMBER),
      version(2, "2026-11-02T00:00:00.000Z", Tlp.RED));

  @Test
  void anObjectNowRedIsNotServedInAnyVersion() {
    assertThat(Visibility.filter(amberThenRed, AMBER_PARTNER, Set.of())).isEmpty();
  }

  @Test
  void aPartnerThatHeldTheAmberVersionGetsItRevoked() {
    List<StoredObject> seen = Visibility.filter(amberThenRed, AMBER_PARTNER, Set.of(ID));
    assertThat(seen).hasSize(1);
    StoredObject w = seen.get(0);
    assertThat(w.revoked()).isTrue();
    assertThat(w.withdrawal()).isTrue();
    assertThat(w.bodyRow()).as("the body it already had").isEqualTo(1);
    assertThat(w.version()).as("a version after the one it had").isEqualTo("2026-11-02T00:00:00.000Z");
    assertThat(w.labels().tlp()).isEqualTo(Tlp.AMBER);
  }

  @Test
  void anObjectLoosenedLaterIsServedInItsAllowedVersions() {
    List<StoredObject> redThenAmber = List.of(version(1, "2026-11-01T00:00:00.000Z", Tlp.RED),
        version(2, "2026-11-02T00:00:00.000Z", Tlp.AMBER));
    assertThat(Visibility.filter(redThenAmber, AMBER_PARTNER, Set.of())).extracting(StoredObject::added)
        .containsExactly(2L);
  }

  @Test
  void theRevokedBodyKeepsWhatThePartnerHadAndSaysRevoked() {
    String body = Visibility.revoked("{\"id\":\"" + ID + "\",\"modified\":\"2026-11-01T00:00:00.000Z\",\"name\":\"x\"}",
        "2026-11-02T00:00:00.000Z");
    assertThat(body).contains("\"revoked\":true", "\"modified\":\"2026-11-02T00:00:00.000Z\"", "\"name\":\"x\"");
  }
}
