-- What the regional features (issue 22: /regions/{id}, the checklist, snapshots) need on a generated database, as the
-- demo data give the demo region (demo.RegionDemoData): a region row for every region name the municipalities carry
-- (V81 seeded the names of its day, before the generator filled anything), the region's coverage targets by year (the
-- Аксай order's 15/30/45/60/70 %, 70 % since), this year's default reporting periods (first half, whole year), and the
-- account «region» (role REGION, bench/generate.sql) bound to the generated region. Idempotent: run it any number of
-- times, on a freshly generated database (bench/generate runs it) or on one generated before it existed:
--   runuser -u postgres -- psql -q -X -v ON_ERROR_STOP=1 -d scale_region60 -f bench/region.sql
-- It touches region, region_target, reporting_period and app_user.region_id; nothing else.
\set ON_ERROR_STOP on
set client_min_messages = warning;

begin;

insert into region (name)
select distinct btrim(region_name) from municipality where btrim(coalesce(region_name, '')) <> ''
on conflict (name) do nothing;

insert into region_target (region_id, year, percent)
select r.id, y, case y when 2020 then 15 when 2021 then 30 when 2022 then 45 when 2023 then 60 else 70 end
from region r cross join generate_series(2020, extract(year from current_date)::int + 1) y
on conflict (region_id, year) do nothing;

insert into reporting_period (region_id, title, starts_on, ends_on, due_on)
select r.id, t.title, t.s, t.e, t.d
from region r cross join (select extract(year from current_date)::int as y) c
cross join lateral (values ('I полугодие ' || c.y, make_date(c.y, 1, 1), make_date(c.y, 6, 30), make_date(c.y, 7, 15)),
                           (c.y || ' год', make_date(c.y, 1, 1), make_date(c.y, 12, 31), make_date(c.y + 1, 1, 15)))
  as t(title, s, e, d)
where not exists (select 1 from reporting_period p where p.region_id = r.id
                  and extract(year from p.starts_on) = c.y);

-- the regional centre's account reads the region of the generated municipalities (the largest region by schools)
update app_user u set region_id = (select r.id from region r join municipality m on btrim(m.region_name) = r.name
                                   join school s on s.municipality_id = m.id
                                   group by r.id order by count(*) desc, r.id limit 1)
where u.username = 'region' and exists (select 1 from app_user_role ur where ur.user_id = u.id and ur.role = 'REGION');

commit;

select 'region: ' || (select string_agg(r.name || ' (id ' || r.id || ', ' || (select count(*) from municipality m
          where btrim(m.region_name) = r.name) || ' municipalities)', ', ') from region r)
       || '; account region bound to region ' || coalesce((select region_id::text from app_user
          where username = 'region'), 'none') as summary;
