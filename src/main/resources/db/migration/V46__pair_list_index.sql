-- The pair list of a school (newest start first, then id) reads its page straight from this index instead of sorting
-- all the school's pairs on every request (issue 8).
create index pair_school_start_idx on mentoring_pair (school_id, start_date desc, id desc);
