-- What marsad-share needs to remember about STIX objects.
-- share_setting: this node's STIX identity (a UUID made once, the namespace of every id it issues) and name.
CREATE TABLE share_setting (
  setting_key VARCHAR(100) NOT NULL,
  setting_value VARCHAR(2000) NOT NULL,
  CONSTRAINT share_setting_pk PRIMARY KEY (setting_key)
);

-- stix_version: the content hash each exported object had when it was last written, so that `modified` changes
-- exactly when the content does.
CREATE TABLE stix_version (
  stix_id VARCHAR(200) NOT NULL,
  content_hash CHAR(64) NOT NULL,
  created TIMESTAMP NOT NULL,
  modified TIMESTAMP NOT NULL,
  CONSTRAINT stix_version_pk PRIMARY KEY (stix_id)
);

-- stix_received: each object version taken in from another producer, with its creator and markings as sent, and
-- the report it was stored under. A version received twice is taken once.
CREATE TABLE stix_received (
  stix_id VARCHAR(200) NOT NULL,
  modified VARCHAR(40) NOT NULL,
  created_by_ref VARCHAR(200),
  markings VARCHAR(2000) NOT NULL,
  report_sha CHAR(64),
  received_at TIMESTAMP NOT NULL,
  CONSTRAINT stix_received_pk PRIMARY KEY (stix_id, modified)
);
