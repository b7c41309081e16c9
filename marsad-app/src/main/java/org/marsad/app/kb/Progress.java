package org.marsad.app.kb;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.Locale;

/**
 * A progress bar with rate and time left, on the error stream so that the output stays clean. On a terminal
 * it redraws one line; elsewhere (logs, tests) it prints a line every tenth of the way.
 */
final class Progress {
  private static final int WIDTH = 30;
  private final PrintWriter err;
  private final long total;
  private final boolean terminal;
  private final long startNanos = System.nanoTime();
  private long lastDraw;
  private int lastTenth = -1;

  Progress(PrintWriter err, long total, boolean terminal) {
    this.err = err;
    this.total = Math.max(total, 1);
    this.terminal = terminal;
  }

  void update(long done) {
    long now = System.nanoTime();
    int tenth = (int) (10 * done / total);
    if (terminal ? now - lastDraw < 200_000_000L && done < total : tenth == lastTenth && done < total) {
      return;
    }
    lastDraw = now;
    lastTenth = tenth;
    double seconds = (now - startNanos) / 1e9;
    double rate = seconds > 0 ? done / seconds : 0;
    long left = rate > 0 ? (long) ((total - done) / rate) : 0;
    int filled = (int) (WIDTH * Math.min(done, total) / total);
    String line = String.format(Locale.ROOT, "[%s%s] %d/%d %3d%%  %.0f reports/s  ETA %s", "#".repeat(filled),
        ".".repeat(WIDTH - filled), done, total, 100 * done / total, rate, clock(Duration.ofSeconds(left)));
    if (terminal) {
      err.print("\r" + line);
      if (done >= total) {
        err.println();
      }
    } else {
      err.println(line);
    }
    err.flush();
  }

  static String clock(Duration d) {
    long s = d.getSeconds();
    return String.format(Locale.ROOT, "%d:%02d:%02d", s / 3600, (s / 60) % 60, s % 60);
  }
}
