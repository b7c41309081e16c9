package org.marsad.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.extract.Extractor;
import org.marsad.kb.store.Database;
import org.marsad.kb.store.StoreLocation;
import org.marsad.share.account.Role;

/** Rate limits: a bucket per account, refilled with time; a real server answers 429 with Retry-After and audits it. */
class RateLimitTest {
  private long now;

  @Test
  void aBurstIsTenSecondsWorthThenTokensComeBackWithTime() {
    RateLimiter limiter = new RateLimiter(2, () -> now);
    for (int i = 0; i < 20; i++) {
      assertThat(limiter.acquire("amina")).as("request " + i).isZero();
    }
    assertThat(limiter.acquire("amina")).isEqualTo(1);
    assertThat(limiter.acquire("omar")).as("another account has its own bucket").isZero();
    now += 500_000_000L; // half a second: one token at 2 per second
    assertThat(limiter.acquire("amina")).isZero();
    assertThat(limiter.acquire("amina")).isPositive();
  }

  @Test
  void aServerAnswers429WithRetryAfterAndAuditsIt(@TempDir Path dir) throws Exception {
    StoreLocation location = StoreLocation.embedded(dir.resolve("data"));
    String token = SampleStore.account(location, "amina", Role.ANALYST);
    try (MarsadServer server = MarsadServer.start(location, Extractor.withBuiltInLexicons(),
        ServerOptions.local(0).withRate(1))) {
      HttpClient http = HttpClient.newHttpClient();
      List<HttpResponse<String>> answers = new ArrayList<>();
      for (int i = 0; i < 14; i++) {
        answers.add(http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port()
            + "/api/sources")).header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofString()));
      }
      HttpResponse<String> limited = answers.stream().filter(r -> r.statusCode() == 429).findFirst().orElseThrow(
          () -> new AssertionError("no 429 in " + answers.stream().map(HttpResponse::statusCode).toList()));
      assertThat(limited.headers().firstValue("Retry-After")).hasValueSatisfying(v -> assertThat(Long.parseLong(v))
          .isPositive());
      assertThat(answers.get(0).statusCode()).isEqualTo(200);
    }
    try (Database db = Database.open(location)) {
      assertThat(db.handle().createQuery("SELECT COUNT(*) FROM audit_log WHERE action = 'REFUSED' AND actor = 'amina' "
          + "AND object_id LIKE '429 %'").mapTo(Long.class).one()).isPositive();
    }
  }
}
