-- An entity page orders a group's affiliations (two thousand for the largest groups in a store of 100,000 reports)
-- by event time before it shows fifty. Read through fact_summary_arg_entity, each one cost a read of its argument
-- row and one of its fact_summary row. The fact's event time is kept with each of its arguments here, and one index
-- holds everything the ordering reads, so a page walks one range of one index. It replaces the index on
-- (entity_id, type), which it also serves, so ingest writes no more index entries than before.
ALTER TABLE fact_summary_arg ADD COLUMN first_when DATE;
UPDATE fact_summary_arg SET first_when = (SELECT f.first_when FROM fact_summary f WHERE f.id = fact_summary_arg.fact_id);
DROP INDEX fact_summary_arg_entity;
CREATE INDEX fact_summary_arg_entity ON fact_summary_arg (entity_id, type, role, fact_id, first_when);
