-- How many rows each report wrote, recorded by the statement that marks it complete. Opening a store compares
-- them with the rows actually there for the newest reports, so that a crash that kept a report's mark but lost
-- some of its rows is caught as surely as one that lost the mark (see Leftovers). NULL for reports stored
-- before this migration, which are not checked.
ALTER TABLE report ADD COLUMN mention_rows INT;
ALTER TABLE report ADD COLUMN claim_rows INT;
ALTER TABLE report ADD COLUMN arg_rows INT;
