package org.marsad.server;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.marsad.kb.ingest.Outcome;

/** One upload being ingested: its progress, as the API reports it while the batch runs. */
final class IngestJob {
  enum State { QUEUED, RUNNING, DONE, FAILED }

  private static final int REJECTIONS_KEPT = 200;

  private final long id;
  private final int total;
  private State state = State.QUEUED;
  private int ingested;
  private int duplicates;
  private int rejectedCount;
  private int alerts;
  private final List<Long> reports = new ArrayList<>();
  private final List<String> rejected = new ArrayList<>();
  private String error;

  IngestJob(long id, int total) {
    this.id = id;
    this.total = total;
  }

  long id() {
    return id;
  }

  synchronized void running() {
    state = State.RUNNING;
  }

  synchronized void add(Outcome o) {
    if (o instanceof Outcome.Ingested i) {
      ingested++;
      alerts += i.alerts();
      reports.add(i.reportId());
    } else if (o instanceof Outcome.Duplicate d) {
      duplicates++;
      reports.add(d.existingReportId());
    } else if (o instanceof Outcome.Rejected r) {
      rejectedCount++;
      if (rejected.size() < REJECTIONS_KEPT) {
        rejected.add(r.input() + ": " + r.reason());
      }
    }
  }

  synchronized void done() {
    state = State.DONE;
  }

  synchronized void failed(String why) {
    state = State.FAILED;
    error = why;
  }

  synchronized Map<String, Object> json() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", id);
    m.put("state", state.name());
    m.put("items", total);
    int seen = ingested + duplicates + rejectedCount;
    m.put("seen", seen);
    m.put("progress", total == 0 ? 1.0 : Math.min(1.0, Math.round(1000.0 * seen / total) / 1000.0));
    m.put("ingested", ingested);
    m.put("duplicates", duplicates);
    m.put("rejected", rejectedCount);
    m.put("reasons", List.copyOf(rejected));
    m.put("alerts", alerts);
    m.put("reports", List.copyOf(reports));
    m.put("error", error);
    return m;
  }
}
