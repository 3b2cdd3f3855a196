-- Natural order of school names (issue 16, point 6): «СОШ № 1, № 2, № 10», not «№ 1, № 10, № 2». A list paged in SQL
-- orders by this key: the short name with every run of digits left-padded with zeros to ten digits, so that text
-- comparison puts numbers in numeric order (the rest compares as before, by the database's collation). Kept by
-- PostgreSQL itself (a stored generated column), so no writer can forget it; the same rule as shared.NaturalOrder.
alter table school add column sort_key text generated always as (
    regexp_replace(regexp_replace(lower(short_name), '([0-9]+)', '0000000000\1', 'g'), '0*([0-9]{10})', '\1', 'g')
) stored;

create index school_municipality_sort_key_idx on school (municipality_id, sort_key, id);
