set plan_cache_mode = force_custom_plan;
set max_parallel_workers_per_gather = 0;
set work_mem = '32MB';
with years as (select y, least(make_date(y, 12, 31), cast(:d as date)) as d from generate_series(:from, :to) as y), sc as (select s.id from schools_school_v s where s.municipality_id in (:ms)) select i.year, i.school_id, count(*) from involvement i join years on years.y = i.year and i.first_day <= years.d join sc on sc.id = i.school_id where i.student group by i.year, i.school_id;
reset plan_cache_mode;
reset max_parallel_workers_per_gather;
reset work_mem;
