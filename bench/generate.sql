-- Fills a database that Flyway has migrated (and that holds nothing else) with a synthetic municipality or region.
-- Set-based: a few INSERT ... SELECT generate_series statements with explicit ids, secondary indexes dropped during
-- the load and rebuilt after it, foreign-key triggers off (session_replication_role = replica, superuser only), then
-- VACUUM ANALYZE. Run by bench/generate as the PostgreSQL superuser:
--   psql -v municipalities=73 -v schools=1200 -v students=500000 -v years=5 -v pair_share=0.48 -f generate.sql
-- Every name is made up from short lists (no real person). Every account's password is «demo».
\set ON_ERROR_STOP on
\timing off
set client_min_messages = warning;
set synchronous_commit = off;
set maintenance_work_mem = '512MB';
set work_mem = '64MB';
set session_replication_role = replica;
select setseed(0.4242);

do $$ begin
  if exists (select 1 from school) then raise exception 'database not empty: generate into a fresh one'; end if;
end $$;

-- ---- parameters
create temp table gen_param as
select :municipalities::int as munis, :schools::int as schools, :students::int as students, :years::int as years,
       extract(year from current_date)::int as cur, :pair_share::numeric as pair_share;

-- ---- secondary indexes of the big tables: remember, drop, rebuild at the end
create temp table gen_index as
select i.indexname, i.indexdef from pg_indexes i
where i.schemaname = 'public'
  and i.tablename in ('person', 'student_class', 'mentoring_pair', 'pair_mentee', 'consent', 'mentee_profile',
                      'mentor_profile')
  and not exists (select 1 from pg_constraint c where c.conname = i.indexname);
do $$ declare r record; begin
  for r in select indexname from gen_index loop execute 'drop index ' || quote_ident(r.indexname); end loop;
end $$;

-- ---- municipalities: number 1 is the largest (about a fifth of the schools in the region)
insert into municipality (id, name, region_name)
select m, case when m = 1 then 'Городской округ «Центральный»' else 'Муниципальный округ № ' || m end,
       'Генерируемая область'
from gen_param, generate_series(1, munis) m;

-- ---- schools: sizes skewed between 40 and 3,000 (a power law with the requested mean), 11 × cohort size
create temp table gen_school as
with p as (select *, greatest(0.0, 2960.0 / greatest(1.0, students::numeric / schools - 40) - 1) as k from gen_param),
raw as (
  select s as id,
         case when s <= p.munis then s else 1 + least(p.munis - 1, floor(p.munis * power(random(), 2.5))::int) end
           as muni,
         40 + 2960 * power(random(), p.k) as raw, random() as u
  from p, generate_series(1, p.schools) s),
scaled as (
  select r.*, greatest(40, least(3000, round(r.raw * p.students / sum(r.raw) over ())))::int as n0 from raw r, p)
select id, muni, u, least(272, greatest(4, round(n0 / 11.0)))::int as c from scaled;
alter table gen_school add column n int, add column teachers int, add column mentors int, add column smentors int,
  add column stu_base bigint, add column tea_base bigint;
update gen_school set n = 11 * c, teachers = greatest(4, 11 * c / 12), smentors = least(20, c);
update gen_school set mentors = greatest(2, teachers / 3);
with b as (select id, sum(15 * c) over (order by id) - 15 * c as sb, sum(teachers) over (order by id) - teachers as tb
           from gen_school)
update gen_school g set stu_base = b.sb, tea_base = b.tb from b where b.id = g.id;
create temp table gen_total as select sum(15 * c) as students_persons from gen_school;

insert into school (id, municipality_id, full_name, short_name, kind, address, head_name)
select g.id, g.muni,
       'Муниципальное общеобразовательное учреждение «Средняя общеобразовательная школа № ' || g.id || '»',
       'МОУ СОШ № ' || g.id,
       case when g.id % 29 = 0 then 'SUPPLEMENTARY' else 'GENERAL' end,
       'ул. Школьная, д. ' || (1 + g.id % 90), 'Директор школы № ' || g.id
from gen_school g;

-- ---- student counts (контингент) for each year of the history: the students present that year
insert into student_count (school_id, year, students)
select g.id, p.cur - d, g.n from gen_school g, gen_param p, generate_series(0, p.years - 1) d;

-- ---- coverage targets: the order's defaults, 70 % after 2024
insert into coverage_target (municipality_id, year, indicator, percent)
select m.id, y, 'STUDENT_COVERAGE', case y when 2020 then 15 when 2021 then 30 when 2022 then 45 when 2023 then 60
       else 70 end
from municipality m, gen_param p, generate_series(2020, p.cur) y;

-- ---- people. Students: 15 cohorts per school, cohort size c; student j is in grade (j % 15) + 1 - d in the year
-- cur - d, present while that is 1..11 (11 cohorts = n students each year). Ids: stu_base + j + 1.
create temp table gen_names as
select array['Иванов','Смирнов','Кузнецов','Попов','Васильев','Петров','Соколов','Михайлов','Новиков','Фёдоров',
             'Морозов','Волков','Алексеев','Лебедев','Семёнов','Егоров','Павлов','Козлов','Степанов','Николаев',
             'Орлов','Андреев','Макаров','Никитин','Захаров','Зайцев','Соловьёв','Борисов','Яковлев','Григорьев',
             'Романов','Воробьёв','Сергеев','Кузьмин','Фролов','Александров','Дмитриев','Королёв','Гусев','Киселёв']
         as last,
       array['Александр','Дмитрий','Максим','Сергей','Андрей','Алексей','Артём','Илья','Кирилл','Михаил',
             'Никита','Матвей','Роман','Егор','Арсений','Иван','Денис','Евгений','Даниил','Тимофей',
             'Владислав','Игорь','Владимир','Павел','Руслан','Марк','Константин','Тимур','Олег','Ярослав']
         as first,
       array['Александрович','Дмитриевич','Сергеевич','Андреевич','Алексеевич','Михайлович','Иванович',
             'Владимирович','Николаевич','Евгеньевич','Петрович','Олегович','Игоревич','Викторович','Юрьевич',
             'Павлович','Романович','Васильевич','Максимович','Фёдорович'] as middle;

insert into person (id, school_id, kind, last_name, first_name, middle_name, search_name, birth_date, external_key,
                    created_at, updated_at)
select g.stu_base + j + 1, g.id, 'STUDENT', nm.l, nm.f, nm.m,
       replace(lower(nm.l || ' ' || nm.f || ' ' || nm.m), 'ё', 'е'),
       make_date(p.cur - ((j % 15) + 1) - 7, 1 + (j % 12), 1 + (j % 28)), 'G-' || (g.stu_base + j + 1),
       now(), now()
from gen_school g cross join gen_param p cross join gen_names n
cross join lateral generate_series(0, 15 * g.c - 1) j
cross join lateral (select n.last[1 + (g.stu_base + j) % 40] as l, n.first[1 + ((g.stu_base + j) / 40) % 30] as f,
                           n.middle[1 + ((g.stu_base + j) / 1200) % 20] as m) nm;

-- Teachers: ids after all students; every tenth is a young specialist (fewer than 4 years of teaching)
insert into person (id, school_id, kind, last_name, first_name, middle_name, search_name, external_key, position,
                    subjects, teaching_since, new_staff, created_at, updated_at)
select t0.s + g.tea_base + t + 1, g.id, 'TEACHER', nm.l, nm.f, nm.m,
       replace(lower(nm.l || ' ' || nm.f || ' ' || nm.m), 'ё', 'е'), 'T-' || (g.tea_base + t + 1), 'учитель',
       (array['математика','русский язык','физика','история','биология','информатика'])[1 + t % 6],
       case when t % 10 = 0 then make_date(p.cur - 1 - (t / 10) % 3, 9, 1) else make_date(1985 + t % 35, 9, 1) end,
       t % 10 = 0, now(), now()
from gen_school g cross join gen_param p cross join gen_names n cross join gen_total tt
cross join lateral (select tt.students_persons as s) t0
cross join lateral generate_series(0, g.teachers - 1) t
cross join lateral (select n.last[1 + (t * 7 + g.id) % 40] as l, n.first[1 + (t * 3 + g.id) % 30] as f,
                           n.middle[1 + t % 20] as m) nm;

-- Classes of each year of the history
insert into student_class (person_id, academic_year, grade, letter)
select g.stu_base + j + 1, p.cur - d, (j % 15) + 1 - d, (array['А','Б','В'])[1 + (j / 15) % 3]
from gen_school g cross join gen_param p
cross join lateral generate_series(0, 15 * g.c - 1) j
cross join lateral generate_series(0, p.years - 1) d
where (j % 15) + 1 - d between 1 and 11;

-- Consent and the mentee base: the students of the current year
insert into consent (person_id, given_on, given_by, representative_name, text_version, created_at)
select g.stu_base + j + 1, make_date(p.cur - 1, 9, 1), 'REPRESENTATIVE', 'Законный представитель', '2020-1', now()
from gen_school g cross join gen_param p cross join lateral generate_series(0, 15 * g.c - 1) j
where j % 15 <= 10;

insert into mentee_profile (person_id, school_id, request, included_on, in_base)
select g.stu_base + j + 1, g.id, 'Поддержка в учёбе', make_date(p.cur - 1, 9, 1), true
from gen_school g cross join gen_param p cross join lateral generate_series(0, 15 * g.c - 1) j
where j % 15 <= 10;

-- Mentor base: a third of the teachers; up to 20 eleventh-graders a year (in the base only in the current year)
insert into mentor_profile (person_id, school_id, competences, capacity, training_date, training_programme,
                            included_on, in_base)
select tt.students_persons + g.tea_base + t + 1, g.id, 'Предметная подготовка', 30,
       case when t % 5 < 3 then make_date(p.cur - p.years + 1, 3, 15) end,
       case when t % 5 < 3 then 'Программа подготовки наставников' end, make_date(p.cur - p.years, 9, 1), true
from gen_school g cross join gen_param p cross join gen_total tt cross join lateral generate_series(0, g.mentors - 1) t;

insert into mentor_profile (person_id, school_id, competences, capacity, included_on, in_base)
select g.stu_base + m * 15 + d + 10 + 1, g.id, 'Лидер класса', 30, make_date(p.cur - d - 1, 9, 1), d = 0
from gen_school g cross join gen_param p cross join lateral generate_series(0, g.smentors - 1) m
cross join lateral generate_series(0, p.years - 1) d;

-- ---- pairs: per school and year, pair_share × n pairs; every seventh student-student (an eleventh-grader
-- mentors), the rest teacher-student; even pairs are groups of two. Past years completed (every twentieth
-- terminated); the current year active, every 33rd a draft, every 25th without an order.
create temp table gen_block as
select g.id as school_id, d, round(g.n * p.pair_share * (0.6 + 0.8 * g.u))::int as pairs
from gen_school g cross join gen_param p cross join lateral generate_series(0, p.years - 1) d;
alter table gen_block add column base bigint;
with b as (select school_id, d, sum(pairs) over (order by school_id, d) - pairs as base from gen_block)
update gen_block k set base = b.base from b where b.school_id = k.school_id and b.d = k.d;

insert into mentoring_pair (id, school_id, form_id, variation_id, mentor_id, start_date, planned_end, end_date, goal,
                            status, termination_reason, result, order_number, order_date, created_at, updated_at)
select b.base + k + 1, g.id, case when ss then fss.id else fts.id end, null,
       case when ss then g.stu_base + ((k / 7) % g.smentors) * 15 + b.d + 10 + 1
            else tt.students_persons + g.tea_base + (k % g.mentors) + 1 end,
       st, case when b.d = 0 then st + 300 else st + 270 end,
       case when b.d > 0 then st + 240 end,
       'Повышение успеваемости и вовлечённости',
       case when b.d > 0 then (case when k % 20 = 0 then 'TERMINATED' else 'COMPLETED' end)
            when k % 33 = 0 then 'DRAFT' else 'ACTIVE' end,
       case when b.d > 0 and k % 20 = 0 then 'Перевод обучающегося' end,
       case when b.d > 0 and k % 20 <> 0 then 'Цели достигнуты' end,
       case when (b.d = 0 and k % 33 = 0) or k % 25 = 0 then null else 'П-' || (b.base + k + 1) end,
       case when (b.d = 0 and k % 33 = 0) or k % 25 = 0 then null else st end,
       now(), now()
from gen_block b join gen_school g on g.id = b.school_id cross join gen_param p cross join gen_total tt
cross join (select id from mentoring_form where code = 'STUDENT_STUDENT') fss
cross join (select id from mentoring_form where code = 'TEACHER_STUDENT') fts
cross join lateral generate_series(0, b.pairs - 1) k
cross join lateral (select k % 7 = 0 as ss, make_date(p.cur - b.d, 1, 10) + (k % 80) as st) x;

-- Mentees: slot i → the i-th student present that year (wrapping round the school's n)
insert into pair_mentee (pair_id, person_id)
select distinct b.base + k + 1, g.stu_base + ((i % g.n) / 11) * 15 + b.d + (i % g.n) % 11 + 1
from gen_block b join gen_school g on g.id = b.school_id
cross join lateral generate_series(0, b.pairs - 1) k
cross join lateral (select (k / 2) * 3 + (k % 2) * 2 as i union all
                    select (k / 2) * 3 + 1 where k % 2 = 0) s;

-- ---- accounts (password «demo»): the department and a methodologist of the largest municipality, the region,
-- an administrator, and a curator of the largest school of the largest municipality
create temp table gen_bench_school as
select id from gen_school where muni = 1 order by n desc, id limit 1;

insert into app_user (id, username, password_hash, full_name, municipality_id)
values (1, 'admin', '{bcrypt}$2a$10$fkEXANW5F7MJNmzK86fox.XLI6tchAPiG0jl665/FDSZnphup.ONa', 'Администратор Системы', null),
       (2, 'department', '{bcrypt}$2a$10$fkEXANW5F7MJNmzK86fox.XLI6tchAPiG0jl665/FDSZnphup.ONa', 'Сотрудник Управления', 1),
       (3, 'methodologist', '{bcrypt}$2a$10$fkEXANW5F7MJNmzK86fox.XLI6tchAPiG0jl665/FDSZnphup.ONa', 'Методист Центра', 1),
       (4, 'region', '{bcrypt}$2a$10$fkEXANW5F7MJNmzK86fox.XLI6tchAPiG0jl665/FDSZnphup.ONa', 'Наблюдатель Области', null),
       (5, 'curator', '{bcrypt}$2a$10$fkEXANW5F7MJNmzK86fox.XLI6tchAPiG0jl665/FDSZnphup.ONa', 'Куратор Школы', 1);
insert into app_user_role (user_id, role)
values (1, 'ADMIN'), (2, 'DEPARTMENT'), (3, 'METHODOLOGIST'), (4, 'REGION'), (5, 'CURATOR');
insert into app_user_school (user_id, school_id) select 5, id from gen_bench_school;
insert into curator_appointment (school_id, user_id, order_number, order_date)
select id, 5, '1-о', make_date((select cur from gen_param) - 1, 9, 1) from gen_bench_school;

-- ---- identities continue after the explicit ids
do $$ declare t text; begin
  foreach t in array array['municipality', 'school', 'person', 'mentoring_pair', 'app_user', 'consent',
                           'curator_appointment', 'coverage_target'] loop
    execute format('select setval(pg_get_serial_sequence(%L, ''id''), (select greatest(1, max(id)) from %I))', t, t);
  end loop;
end $$;

set session_replication_role = origin;

-- ---- rebuild the indexes, then statistics and the visibility map
do $$ declare r record; begin
  for r in select indexdef from gen_index loop execute r.indexdef; end loop;
end $$;

-- the coverage read model (V43): its triggers were off with the others during the load, so build it once
select involvement_rebuild();

vacuum (analyze) person, student_class, mentoring_pair, pair_mentee, consent, mentee_profile, mentor_profile,
  school, student_count, municipality, coverage_target, app_user, involvement, involvement_form;

select 'municipalities ' || (select count(*) from municipality) || ', schools ' || (select count(*) from school)
    || ', students this year ' || (select sum(students) from student_count where year = (select cur from gen_param))
    || ', persons ' || (select count(*) from person) || ', pairs ' || (select count(*) from mentoring_pair)
    || ', pair mentees ' || (select count(*) from pair_mentee)
    || ', largest school ' || (select max(n) from gen_school) || ', smallest ' || (select min(n) from gen_school)
    || ', schools of municipality 1: ' || (select count(*) from school where municipality_id = 1)
    || ', bench school ' || (select id from gen_bench_school) as summary;
