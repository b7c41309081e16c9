-- The original bytes of a report, kept by the report's id instead of by SHA-256. Keyed by a hash, each new
-- original went into a random page of the table, and with about 1.3 KB of bytes a row, every report made the
-- embedded H2 store write out a page full of other reports' bytes again (a third of all it wrote in a 10,000-report
-- ingest). By id, each original joins the newest page. The SHA-256 stays with the report, whose unique index finds
-- an original by its bytes' digest; each report has exactly one original, as before, and no original outlives its
-- report.

CREATE TABLE report_original (
  report_id BIGINT NOT NULL,
  size_bytes BIGINT NOT NULL,
  bytes ${blob} NOT NULL,
  CONSTRAINT report_original_pk PRIMARY KEY (report_id),
  CONSTRAINT report_original_report_fk FOREIGN KEY (report_id) REFERENCES report (id)
);
INSERT INTO report_original (report_id, size_bytes, bytes)
  SELECT r.id, o.size_bytes, o.bytes FROM report r JOIN original o ON o.sha256 = r.sha256;
-- CASCADE: the report's foreign key to it goes too
DROP TABLE original CASCADE;
