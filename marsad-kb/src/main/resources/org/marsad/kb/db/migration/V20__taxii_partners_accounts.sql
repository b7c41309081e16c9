-- TAXII 2.1, partners and accounts (marsad-share, docs/SHARING.md). Times that order things (date_added, cursors)
-- are BIGINT microseconds since the epoch: both databases keep them exactly, without time-zone conversions, and
-- TAXII's added_after compares them to the microsecond.

-- Who may use the API: admin, analyst or partner. A partner account is the account a partner node signs in with.
CREATE TABLE account (
  name VARCHAR(100) NOT NULL,
  role VARCHAR(20) NOT NULL,
  created_at TIMESTAMP NOT NULL,
  CONSTRAINT account_pk PRIMARY KEY (name)
);

-- API tokens, stored only as the SHA-256 of the token: a token is 32 random bytes, so a fast hash suffices (a
-- slow password hash guards guessable secrets, which these are not).
CREATE TABLE account_token (
  token_hash CHAR(64) NOT NULL,
  account VARCHAR(100) NOT NULL,
  label VARCHAR(200) NOT NULL,
  created_at TIMESTAMP NOT NULL,
  CONSTRAINT account_token_pk PRIMARY KEY (token_hash)
);
CREATE INDEX account_token_account ON account_token (account);

-- Client certificates an account signs in with, pinned by the SHA-256 of the DER certificate.
CREATE TABLE account_certificate (
  fingerprint CHAR(64) NOT NULL,
  account VARCHAR(100) NOT NULL,
  subject VARCHAR(1000) NOT NULL,
  created_at TIMESTAMP NOT NULL,
  CONSTRAINT account_certificate_pk PRIMARY KEY (fingerprint)
);

-- Partners: where their TAXII server is and how to sign in to it, their STIX identity, and what they may receive
-- from this node (their account of the same name signs in here).
CREATE TABLE partner (
  name VARCHAR(100) NOT NULL,
  url VARCHAR(2000) NOT NULL,
  credentials VARCHAR(2000) NOT NULL,
  server_fingerprint VARCHAR(64),
  identity_ref VARCHAR(200),
  pull_collection VARCHAR(200) NOT NULL,
  push_collection VARCHAR(200) NOT NULL,
  max_tlp VARCHAR(20) NOT NULL,
  collections VARCHAR(2000) NOT NULL,
  entity_types VARCHAR(200) NOT NULL,
  never_sources VARCHAR(4000) NOT NULL,
  send_mode VARCHAR(10) NOT NULL,
  created_at TIMESTAMP NOT NULL,
  CONSTRAINT partner_pk PRIMARY KEY (name)
);

-- How far a pull from or a push to a partner got: written in the same transaction as what it covers, so a killed
-- sync resumes exactly where the last committed page ended.
CREATE TABLE partner_cursor (
  partner VARCHAR(100) NOT NULL,
  direction VARCHAR(10) NOT NULL,
  position VARCHAR(100) NOT NULL,
  updated_at TIMESTAMP NOT NULL,
  CONSTRAINT partner_cursor_pk PRIMARY KEY (partner, direction)
);

-- TAXII collections. A readable collection shows what this node published, up to max_tlp and of the given STIX
-- types ('*': all); a writable one keeps what partners post to it.
CREATE TABLE taxii_collection (
  id CHAR(36) NOT NULL,
  alias VARCHAR(100) NOT NULL,
  title VARCHAR(200) NOT NULL,
  description VARCHAR(2000) NOT NULL,
  max_tlp VARCHAR(20) NOT NULL,
  object_types VARCHAR(2000) NOT NULL,
  can_read BOOLEAN NOT NULL,
  can_write BOOLEAN NOT NULL,
  CONSTRAINT taxii_collection_pk PRIMARY KEY (id),
  CONSTRAINT taxii_collection_alias UNIQUE (alias)
);

-- Object versions as TAXII serves them. collection_id is '-' for this node's own publication (which every readable
-- collection shows through its filter) or the writable collection a partner posted to. added is strictly
-- increasing, so added_after never splits objects added at the same instant. tlp, entity_types and sources are
-- what partners' rules look at.
CREATE TABLE taxii_object (
  added BIGINT NOT NULL,
  collection_id VARCHAR(36) NOT NULL,
  stix_id VARCHAR(200) NOT NULL,
  version VARCHAR(40) NOT NULL,
  spec_version VARCHAR(10) NOT NULL,
  object_type VARCHAR(100) NOT NULL,
  tlp VARCHAR(20) NOT NULL,
  entity_types VARCHAR(200) NOT NULL,
  sources ${text} NOT NULL,
  revoked BOOLEAN NOT NULL,
  body ${text} NOT NULL,
  CONSTRAINT taxii_object_pk PRIMARY KEY (added),
  CONSTRAINT taxii_object_version UNIQUE (collection_id, stix_id, version)
);
CREATE INDEX taxii_object_id ON taxii_object (stix_id);

-- Objects an analyst withdrew (revoked or deleted from a collection): never published again.
CREATE TABLE taxii_withdrawn (
  stix_id VARCHAR(200) NOT NULL,
  withdrawn_at TIMESTAMP NOT NULL,
  CONSTRAINT taxii_withdrawn_pk PRIMARY KEY (stix_id)
);

-- TAXII status resources of POST requests, and what each request's body hashed to, so a replay is recognised.
CREATE TABLE taxii_status (
  id CHAR(36) NOT NULL,
  account VARCHAR(100) NOT NULL,
  request_hash CHAR(64) NOT NULL,
  requested_at TIMESTAMP NOT NULL,
  body ${text} NOT NULL,
  CONSTRAINT taxii_status_pk PRIMARY KEY (id),
  CONSTRAINT taxii_status_request UNIQUE (account, request_hash)
);

-- Every object version received from a partner, as sent, so that a report arriving in a later page finds the
-- entities and facts it refers to, and a revocation can rebuild what was built from the revoked object.
CREATE TABLE received_object (
  stix_id VARCHAR(200) NOT NULL,
  version VARCHAR(40) NOT NULL,
  partner VARCHAR(100) NOT NULL,
  revoked BOOLEAN NOT NULL,
  body ${text} NOT NULL,
  received_at TIMESTAMP NOT NULL,
  CONSTRAINT received_object_pk PRIMARY KEY (stix_id, version)
);

-- Which local report was built from which received STIX report (or page remainder), and from which objects.
CREATE TABLE received_report (
  report_sha CHAR(64) NOT NULL,
  stix_id VARCHAR(200) NOT NULL,
  partner VARCHAR(100) NOT NULL,
  object_ids ${text} NOT NULL,
  CONSTRAINT received_report_pk PRIMARY KEY (report_sha)
);
CREATE INDEX received_report_stix ON received_report (stix_id);
