-- Partners' credentials for their servers are kept sealed with the node key, which lives in a file outside the
-- database (marsad-share, docs/SHARING.md, "Security"): AES-256-GCM, written as aes-gcm:KEY_ID:BASE64. Rows from
-- before hold them in clear (FALSE here) until the first command that has the key at hand seals them.
ALTER TABLE partner ADD COLUMN credentials_sealed BOOLEAN DEFAULT FALSE NOT NULL;
