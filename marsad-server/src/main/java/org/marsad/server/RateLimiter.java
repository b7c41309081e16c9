package org.marsad.server;

import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * A token bucket per key (an account, or an address for requests not signed in): {@code rate} tokens a second, up
 * to a burst of ten seconds' worth. A request without a token waits the seconds it is told in Retry-After.
 */
final class RateLimiter {
  private static final int MAX_KEYS = 100_000;
  private final double rate;
  private final double burst;
  private final LongSupplier nanos;
  private final ConcurrentHashMap<String, Bucket> buckets = new ConcurrentHashMap<>();

  private static final class Bucket {
    double tokens;
    long at;

    Bucket(double tokens, long at) {
      this.tokens = tokens;
      this.at = at;
    }
  }

  RateLimiter(int perSecond, LongSupplier nanos) {
    this.rate = perSecond;
    this.burst = perSecond * 10.0;
    this.nanos = nanos;
  }

  /** 0 when the request may go on, else the whole seconds until a token is there. */
  long acquire(String key) {
    if (buckets.size() > MAX_KEYS) {
      buckets.clear(); // a flood of made-up keys must not exhaust memory; everyone starts with a full bucket
    }
    long now = nanos.getAsLong();
    Bucket b = buckets.computeIfAbsent(key, k -> new Bucket(burst, now));
    synchronized (b) {
      b.tokens = Math.min(burst, b.tokens + (now - b.at) / 1e9 * rate);
      b.at = now;
      if (b.tokens >= 1) {
        b.tokens -= 1;
        return 0;
      }
      return Math.max(1, (long) Math.ceil((1 - b.tokens) / rate));
    }
  }
}
