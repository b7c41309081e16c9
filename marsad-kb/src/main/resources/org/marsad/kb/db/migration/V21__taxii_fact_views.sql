-- What partners' rules look at, beyond the sources an object rests on (marsad-share, docs/SHARING.md, "never this
-- source"): whether the object quotes or names those sources (a fact carries their quotes and report references,
-- a report and a source's identity are theirs; an entity only rests on the reports naming it), and, for the view
-- of a fact made for partners that never receive some of its sources, those sources, one per line.
ALTER TABLE taxii_object ADD COLUMN quotes_sources BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE taxii_object ADD COLUMN withheld VARCHAR(4000) DEFAULT '' NOT NULL;
UPDATE taxii_object SET quotes_sources = TRUE WHERE object_type IN ('relationship', 'sighting', 'report')
  OR (object_type = 'identity' AND entity_types = '');

-- Which published object each view stands for (the same pair of the same fact), so that withdrawing the object
-- withdraws its views at once.
CREATE TABLE taxii_view (
  view_id VARCHAR(200) NOT NULL,
  object_id VARCHAR(200) NOT NULL,
  CONSTRAINT taxii_view_pk PRIMARY KEY (view_id)
);
CREATE INDEX taxii_view_object ON taxii_view (object_id);
