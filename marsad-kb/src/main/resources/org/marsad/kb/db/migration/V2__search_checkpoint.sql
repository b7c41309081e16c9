-- The search index is derived from the store and committed after it. This row records the last report whose
-- index commit is known to have completed; on open, later reports are indexed again (adding is idempotent).
CREATE TABLE search_checkpoint (
  id INT PRIMARY KEY,
  last_report_id BIGINT NOT NULL
);
INSERT INTO search_checkpoint (id, last_report_id) VALUES (1, 0);
