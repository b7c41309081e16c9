-- TLP 2.0 markings set by analysts (marsad-share). A marking sits on a source (key: its name), a report (key: its
-- SHA-256, which other stores share), a fact (key: "fact:" + SHA-256 of the fact's stable key, made of entity
-- idents, so it survives re-extraction) or the node's default (key '*'). Lower levels inherit from higher ones
-- and may only tighten them; marsad-share computes the effective marking.
CREATE TABLE marking (
  target_kind VARCHAR(10) NOT NULL,
  target_key VARCHAR(200) NOT NULL,
  tlp VARCHAR(20) NOT NULL,
  label VARCHAR(2000) NOT NULL,
  set_by VARCHAR(200) NOT NULL,
  set_at TIMESTAMP NOT NULL,
  CONSTRAINT marking_pk PRIMARY KEY (target_kind, target_key)
);
