package org.marsad.kb.ingest;

import java.util.Arrays;
import java.util.HexFormat;
import org.marsad.kb.store.Reports;

/**
 * Which SHA-256s the store already holds, asked once per report of a batch without a query each time: the
 * first 8 bytes of every stored digest sit in a sorted array (8 MB per million reports), and only a prefix that
 * is there goes to the database to be sure.
 */
final class KnownReports {
  private final long[] prefixes;
  private final Reports reports;

  KnownReports(Reports reports, java.util.List<String> storedShas) {
    this.reports = reports;
    this.prefixes = new long[storedShas.size()];
    for (int i = 0; i < prefixes.length; i++) {
      prefixes[i] = prefix(storedShas.get(i));
    }
    Arrays.sort(prefixes);
  }

  boolean contains(String sha256) {
    return Arrays.binarySearch(prefixes, prefix(sha256)) >= 0 && reports.exists(sha256);
  }

  private static long prefix(String sha256) {
    return HexFormat.fromHexDigitsToLong(sha256, 0, 16);
  }
}
