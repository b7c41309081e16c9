-- The search index now also keeps, for each report, the ids of the entities it names and how often (entity
-- pages read their counts from it). Documents indexed before lack them, so every report is indexed again on
-- the next open; adding a report replaces its old document.
UPDATE search_checkpoint SET last_report_id = 0 WHERE id = 1;
