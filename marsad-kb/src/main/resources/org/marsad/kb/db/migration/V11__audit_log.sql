-- Append-only, hash-chained audit log (marsad-share). seq runs 1, 2, 3 ... without gaps; each row's hash covers its
-- own fields and the previous row's hash, so editing, deleting or reordering any row breaks the chain. Nothing
-- here stops a writer with database rights from rewriting the whole tail: the verifier reports the head
-- (seq and hash) so that it can be kept elsewhere, and partners keep each other's.
CREATE TABLE audit_log (
  seq BIGINT NOT NULL,
  recorded_at TIMESTAMP NOT NULL,
  actor VARCHAR(200) NOT NULL,
  action VARCHAR(20) NOT NULL,
  object_id VARCHAR(200) NOT NULL,
  object_hash CHAR(64) NOT NULL,
  prev_hash CHAR(64) NOT NULL,
  record_hash CHAR(64) NOT NULL,
  CONSTRAINT audit_log_pk PRIMARY KEY (seq)
);
