-- Every report writes about a dozen mention rows and as many claim arguments, and each row costs one entry in
-- every index of its table. V1 declared the foreign keys of these two tables inside CREATE TABLE, before their
-- primary keys and indexes existed, so H2 gave each foreign key an index of its own: two copies of
-- (report_id | claim_id) and (entity_id) per row. Rebuilt here with the indexes first, the foreign keys find
-- them and add none. PostgreSQL never indexes a foreign key by itself, so there the indexes stay as they were.
-- Nothing references either table, and neither has an identity column, so a copy keeps every row as it was.

CREATE TABLE mention_v3 (
  report_id BIGINT NOT NULL,
  local_id VARCHAR(20) NOT NULL,
  entity_id BIGINT NOT NULL,
  spans VARCHAR(100000) NOT NULL,
  n INT NOT NULL,
  name_key VARCHAR(1000),
  why VARCHAR(500) NOT NULL,
  CONSTRAINT mention_pk PRIMARY KEY (report_id, local_id)
);
INSERT INTO mention_v3 (report_id, local_id, entity_id, spans, n, name_key, why)
  SELECT report_id, local_id, entity_id, spans, n, name_key, why FROM mention;
DROP TABLE mention;
ALTER TABLE mention_v3 RENAME TO mention;
CREATE INDEX mention_entity ON mention (entity_id);
ALTER TABLE mention ADD CONSTRAINT mention_report_fk FOREIGN KEY (report_id) REFERENCES report (id);
ALTER TABLE mention ADD CONSTRAINT mention_entity_fk FOREIGN KEY (entity_id) REFERENCES entity (id);

CREATE TABLE claim_arg_v3 (
  claim_id BIGINT NOT NULL,
  role VARCHAR(20) NOT NULL,
  local_id VARCHAR(20) NOT NULL,
  entity_id BIGINT NOT NULL,
  CONSTRAINT claim_arg_pk PRIMARY KEY (claim_id, role, local_id)
);
INSERT INTO claim_arg_v3 (claim_id, role, local_id, entity_id)
  SELECT claim_id, role, local_id, entity_id FROM claim_arg;
DROP TABLE claim_arg;
ALTER TABLE claim_arg_v3 RENAME TO claim_arg;
CREATE INDEX claim_arg_entity ON claim_arg (entity_id);
ALTER TABLE claim_arg ADD CONSTRAINT claim_arg_claim_fk FOREIGN KEY (claim_id) REFERENCES claim (id);
ALTER TABLE claim_arg ADD CONSTRAINT claim_arg_entity_fk FOREIGN KEY (entity_id) REFERENCES entity (id);
