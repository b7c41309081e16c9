package org.marsad.share.receive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;
import org.marsad.share.BundleException;
import org.marsad.share.ShareException;

/**
 * Whatever bytes arrive, reading them either gives a bundle of well-formed objects or one BundleException that
 * names the input; planning never throws. Nothing is written by either step, so nothing can be half-written.
 */
class BundleReaderProperties {
  private static final BundleReader READER = new BundleReader(1 << 16);

  private static void readsOrRefusesClearly(byte[] bytes) {
    try {
      ReceivedBundle b = READER.read("partner.json", bytes);
      BundlePlan plan = BundlePlan.of(b, "identity--00000000-0000-4000-8000-000000000000");
      int accounted = plan.kept().values().stream().mapToInt(Integer::intValue).sum() + plan.skipped().size();
      assertThat(accounted).isLessThanOrEqualTo(b.objects().size());
    } catch (BundleException e) {
      assertThat(e.getMessage()).startsWith("partner.json: ");
    }
  }

  @Property(tries = 300)
  void anyBytes(@ForAll @Size(max = 2000) byte[] bytes) {
    readsOrRefusesClearly(bytes);
  }

  @Property(tries = 300)
  void mutatedBundles(@ForAll("mutations") String text) {
    readsOrRefusesClearly(text.getBytes(StandardCharsets.UTF_8));
  }

  @Provide
  Arbitrary<String> mutations() {
    String good = "{\"type\":\"bundle\",\"id\":\"bundle--5d0092c5-5f74-4287-9642-33f4c354e56d\",\"objects\":["
        + "{\"type\":\"threat-actor\",\"spec_version\":\"2.1\",\"id\":\"threat-actor--8e2e2d2b-17d4-4cbf-938f-"
        + "98ee46b3cd3f\",\"created\":\"2016-04-06T20:03:48.000Z\",\"modified\":\"2016-04-06T20:03:48.000Z\","
        + "\"name\":\"Katiba\",\"aliases\":[\"K\"]},{\"type\":\"location\",\"spec_version\":\"2.1\",\"id\":"
        + "\"location--a6e9345f-5a15-4c29-8bb3-7dcc5d168d64\",\"created\":\"2016-04-06T20:03:48.000Z\",\"modified\":"
        + "\"2016-04-06T20:03:48.000Z\",\"name\":\"Gao\",\"latitude\":16.27,\"longitude\":-0.04},{\"type\":"
        + "\"relationship\",\"spec_version\":\"2.1\",\"id\":\"relationship--44298a74-ba52-4f0c-87a3-1824e67d7fad\","
        + "\"created\":\"2016-04-06T20:03:48.000Z\",\"modified\":\"2016-04-06T20:03:48.000Z\",\"relationship_type\":"
        + "\"located-at\",\"source_ref\":\"threat-actor--8e2e2d2b-17d4-4cbf-938f-98ee46b3cd3f\",\"target_ref\":"
        + "\"location--a6e9345f-5a15-4c29-8bb3-7dcc5d168d64\"}]}";
    Arbitrary<String> replacements = Arbitraries.of("", "null", "1", "[]", "{}", "\"x\"", "true", "-1e999",
        "\"\u0000\"", "[[[[[[[[", "\"" + "ا".repeat(500) + "\"");
    return Arbitraries.integers().between(0, good.length() - 1).flatMap(at -> Arbitraries.integers()
        .between(0, 12).flatMap(len -> replacements.map(r -> good.substring(0, at) + r
            + good.substring(Math.min(good.length(), at + len)))));
  }

  @Example
  void aWellFormedBundleKeepsWhatMarsadModels() {
    String text = mutations().sample();
    readsOrRefusesClearly(text.getBytes(StandardCharsets.UTF_8));
  }

  @Example
  void emptyInput() {
    assertThatThrownBy(() -> READER.read("x.json", new byte[0])).isInstanceOf(BundleException.class)
        .hasMessage("x.json: is empty");
  }

  @Example
  void binaryInput() {
    assertThatThrownBy(() -> READER.read("x.json", new byte[] {'{', 0, '}'})).hasMessageContaining("binary");
  }

  @Example
  void notUtf8() {
    assertThatThrownBy(() -> READER.read("x.json", new byte[] {'"', (byte) 0xC3, '"'}))
        .isInstanceOf(ShareException.class).hasMessageContaining("not UTF-8");
  }

  @Example
  void hugeInput() {
    assertThatThrownBy(() -> READER.read("x.json", new byte[(1 << 16) + 1])).hasMessageContaining("more than the "
        + "limit");
  }

  @Example
  void deeplyNested() {
    String deep = "[".repeat(100_000);
    assertThatThrownBy(() -> READER.read("x.json", deep.getBytes(StandardCharsets.US_ASCII)))
        .isInstanceOf(BundleException.class).hasMessageStartingWith("x.json: ");
  }

  @Example
  void wrongTypes() {
    assertThatThrownBy(() -> READER.read("x.json", "{\"type\":\"bundle\",\"objects\":{}}"
        .getBytes(StandardCharsets.UTF_8))).hasMessage("x.json: is not a STIX bundle: 'objects' is an object, not a "
        + "list");
    assertThatThrownBy(() -> READER.read("x.json", ("{\"type\":\"bundle\",\"objects\":[{\"type\":\"threat-actor\","
        + "\"id\":\"malware--8e2e2d2b-17d4-4cbf-938f-98ee46b3cd3f\"}]}").getBytes(StandardCharsets.UTF_8)))
        .hasMessageContaining("is a 'threat-actor' but its id is malware--");
  }

  @Example
  void aNameOfTheWrongTypeSkipsOnlyThatObject() {
    ReceivedBundle b = READER.read("x.json", ("{\"type\":\"bundle\",\"id\":\"bundle--5d0092c5-5f74-4287-9642-"
        + "33f4c354e56d\",\"objects\":[{\"type\":\"threat-actor\",\"id\":\"threat-actor--8e2e2d2b-17d4-4cbf-938f-"
        + "98ee46b3cd3f\",\"name\":42}]}").getBytes(StandardCharsets.UTF_8));
    BundlePlan plan = BundlePlan.of(b, "identity--00000000-0000-4000-8000-000000000000");
    assertThat(plan.skipped()).singleElement().extracting(Skip::reason).asString()
        .contains("'name' is the number 42, not a string");
  }
}
