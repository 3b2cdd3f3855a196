-- The accounts a region has, for bench/mix (issue 19 point 1): per municipality a department user
-- (department-<municipality id>) and a methodologist (methodologist-<municipality id>); per school a curator
-- (curator-<school id>, appointed by an order as the portal's appointments require: a current CURATOR appointment and
-- the school on the account) and a head (head-<school id>, SCHOOL_HEAD of that school). Every password is «demo»
-- (the generator's bcrypt hash). A school that already has a current curator (the generator's «curator» of the bench
-- school) keeps them: it gets no second one, and bench/mix logs in as that curator there.
--
-- Idempotent: run it any number of times, on a freshly generated database (bench/generate runs it) or on one generated
-- before it existed, without regenerating:
--   runuser -u postgres -- psql -q -X -v ON_ERROR_STOP=1 -d scale_region -f bench/users.sql
-- It touches app_user, app_user_role, app_user_school and curator_appointment, and gives the teachers of the mentor
-- base their own consent (see below); nothing else.
\set ON_ERROR_STOP on
set client_min_messages = warning;

begin;

create temp table bench_account (username text primary key, full_name text, role text, municipality_id bigint,
                                 school_id bigint) on commit drop;

insert into bench_account
select 'department-' || m.id, 'Специалист управления образования (округ ' || m.id || ')', 'DEPARTMENT', m.id, null::bigint
from municipality m
union all
select 'methodologist-' || m.id, 'Методист (округ ' || m.id || ')', 'METHODOLOGIST', m.id, null::bigint
from municipality m
union all
select 'curator-' || s.id, 'Куратор наставничества (школа ' || s.id || ')', 'CURATOR', s.municipality_id, s.id
from school s
where not exists (select 1 from curator_appointment a join app_user u on u.id = a.user_id
                  where a.school_id = s.id and a.ended_at is null and a.kind = 'CURATOR'
                    and u.username <> 'curator-' || s.id)
union all
select 'head-' || s.id, 'Руководитель (школа ' || s.id || ')', 'SCHOOL_HEAD', s.municipality_id, s.id
from school s;

-- the password «demo»: the same bcrypt hash as every account of bench/generate.sql
insert into app_user (username, password_hash, full_name, municipality_id)
select b.username, '{bcrypt}$2a$10$fkEXANW5F7MJNmzK86fox.XLI6tchAPiG0jl665/FDSZnphup.ONa', b.full_name,
       b.municipality_id
from bench_account b
order by b.role, b.municipality_id, b.school_id
on conflict (username) do nothing;

insert into app_user_role (user_id, role)
select u.id, b.role from bench_account b join app_user u on u.username = b.username
on conflict do nothing;

insert into app_user_school (user_id, school_id)
select u.id, b.school_id from bench_account b join app_user u on u.username = b.username
where b.school_id is not null
on conflict do nothing;

-- the curator's appointment by the school's order (1 September of the last academic year's start)
insert into curator_appointment (school_id, user_id, order_number, order_date, kind)
select b.school_id, u.id, 'Н-' || b.school_id, make_date(extract(year from current_date)::int - 1, 9, 1), 'CURATOR'
from bench_account b join app_user u on u.username = b.username
where b.role = 'CURATOR'
  and not exists (select 1 from curator_appointment a where a.school_id = b.school_id and a.ended_at is null
                  and a.kind = 'CURATOR');

-- The curators' registrations need mentors the rules accept: since consents became a rule of every pair (drafts
-- included), a teacher mentor needs a consent of their own in force, and bench/generate.sql gave consents to students
-- only (through a representative), so every registration of bench/run was refused with «Нет собственного согласия …»
-- (a 200 form page that wrk counted as served). Each teacher in the mentor base without a consent of their own gets one.
insert into consent (person_id, given_on, given_by, text_version, created_at)
select m.person_id, make_date(extract(year from current_date)::int - 1, 9, 1), 'SELF', '2020-1', now()
from mentor_profile m join person p on p.id = m.person_id and p.kind = 'TEACHER'
where m.in_base
  and not exists (select 1 from consent c where c.person_id = m.person_id and c.given_by = 'SELF'
                  and c.revoked_on is null and (c.valid_until is null or c.valid_until >= current_date));

commit;

select 'accounts: ' || (select count(*) from app_user) || ' (' ||
       (select string_agg(role || ' ' || n, ', ' order by role)
        from (select role, count(*) n from app_user_role group by role) r) || '); schools with a current curator: ' ||
       (select count(distinct school_id) from curator_appointment where ended_at is null and kind = 'CURATOR')
       || ' of ' || (select count(*) from school) || '; teachers of the mentor base with their own consent: ' ||
       (select count(distinct m.person_id) from mentor_profile m join person p on p.id = m.person_id
        and p.kind = 'TEACHER' join consent c on c.person_id = m.person_id and c.given_by = 'SELF'
        and c.revoked_on is null where m.in_base) as summary;
