-- Indexes for the dashboard's facts (MonitoringQueries.FACTS_OF_PAIRS and FACTS_OF_PEOPLE). On region data (1.26 M
-- pairs, 2.3 M rows of involvement_form) both statements read their whole table to keep the largest municipality's
-- rows (280 ms each); with these, PostgreSQL walks each school's rows of the year in the index alone (66 ms and 47 ms,
-- EXPLAIN ANALYZE on bench/generate region).
-- The pairs of a school that had not ended before a date: the statement asks coalesce(end_date, 'infinity') >= the
-- first day of the year; the other columns it reads are included so that the table is not visited.
create index pair_school_end_idx on mentoring_pair (school_id, (coalesce(end_date, 'infinity'::date)))
    include (start_date, end_date, status, form_id, id);
-- The students involved by form in a year, per school (as involvement_year_idx does for involvement, V43).
create index involvement_form_year_idx on involvement_form (year, school_id) include (form_id, first_day, student);
-- The read model is read through its indexes alone only where the visibility map says a page holds no change a
-- reader might not see; registrations rewrite a person's rows, and the default autovacuum waits for a fifth of the
-- table to change (450 000 rows of involvement on region data) before it sets the map again. Vacuum these sooner.
alter table involvement set (autovacuum_vacuum_scale_factor = 0.01, autovacuum_vacuum_insert_scale_factor = 0.01);
alter table involvement_form set (autovacuum_vacuum_scale_factor = 0.01, autovacuum_vacuum_insert_scale_factor = 0.01);
alter table mentoring_pair set (autovacuum_vacuum_scale_factor = 0.02, autovacuum_vacuum_insert_scale_factor = 0.02);
