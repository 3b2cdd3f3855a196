-- Issue 17 point 7: a student's class of any academic year (2018/19 … next year) is entered and corrected on its own
-- page, like every other edit with the version the curator saw; a stale save is refused (409) instead of overwriting.
alter table student_class add column version bigint not null default 0;
