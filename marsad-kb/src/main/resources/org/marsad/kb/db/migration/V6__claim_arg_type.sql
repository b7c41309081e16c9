-- "The claims of this entity of these types" (an entity page's affiliations, a timeline filtered by type) had
-- to fetch every claim naming the entity and drop the other types: for a country, hundreds of thousands of
-- claims to find a handful. Each argument row now carries its claim's type, and the entity index leads with
-- (entity_id, type), so the question is one index range. The index replaces the old one instead of adding a
-- second, so ingest still writes one entry per argument row. H2 would give the foreign key to entity an index
-- of its own (it reuses only an index on exactly its columns), so on H2 the key is dropped and the store keeps
-- argument rows pointing at entities itself (entities are only deleted by Leftovers, which checks); PostgreSQL
-- keeps it (argEntityKey, set in Database).
ALTER TABLE claim_arg ADD COLUMN type VARCHAR(40);
UPDATE claim_arg SET type = (SELECT c.type FROM claim c WHERE c.id = claim_arg.claim_id);
ALTER TABLE claim_arg ALTER COLUMN type SET NOT NULL;
ALTER TABLE claim_arg DROP CONSTRAINT claim_arg_entity_fk;
DROP INDEX claim_arg_entity;
CREATE INDEX claim_arg_entity ON claim_arg (entity_id, type);
${argEntityKey}
