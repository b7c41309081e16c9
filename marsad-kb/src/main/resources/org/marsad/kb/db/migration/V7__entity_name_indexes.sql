-- Finding the entity an analyst typed (an entity page, a search facet filter) compared the text with every
-- entity's names and aliases, a scan of both tables per request. Each way a typed name can match now has an
-- index. Entities and aliases are written far less often than mentions, so ingest pays little for them.
CREATE INDEX entity_name ON entity (name);
CREATE INDEX entity_name_en ON entity (name_en);
CREATE INDEX alias_name ON alias (name);
