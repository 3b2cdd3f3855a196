-- Issue 22 points 1 and 2: the region (its mentoring centre, the РНЦ), its coverage targets and reporting periods, and
-- the region's school checklist. municipality.region_name stays the link key (other branches keep writing it); a region
-- row is seeded for every distinct name.
create table region (
    id      bigserial primary key,
    name    varchar(200) not null unique,
    version bigint       not null default 0
);

insert into region (name)
select distinct btrim(region_name) from municipality where btrim(region_name) <> '';

-- a REGION user reads the municipalities of one region (null: none)
alter table app_user add column region_id bigint references region (id);

-- the region's coverage target per year, percent of students 10–18 involved
create table region_target (
    id        bigserial primary key,
    region_id bigint       not null references region (id),
    year      integer      not null check (year between 2020 and 2100),
    percent   numeric(5, 2) not null check (percent between 0 and 100),
    version   bigint       not null default 0,
    unique (region_id, year)
);

-- the region's reporting periods (the schedule is the region's own: semi-annual and annual by default)
create table reporting_period (
    id        bigserial primary key,
    region_id bigint       not null references region (id),
    title     varchar(200) not null,
    starts_on date         not null,
    ends_on   date         not null,
    due_on    date         not null,
    version   bigint       not null default 0,
    check (starts_on <= ends_on)
);
create index reporting_period_region_idx on reporting_period (region_id, starts_on);

-- the checklist's items as data: the Красноярский край form (programme.md 5.1); source AUTO_* is filled from what the
-- portal knows, ANSWER is answered by the school's curator; kind YES_NO or NUMBER
create table checklist_item (
    code     varchar(40) primary key,
    position integer     not null unique,
    source   varchar(40) not null,
    kind     varchar(10) not null
);

insert into checklist_item (code, position, source, kind) values
    ('SITE_SECTION', 1, 'ANSWER', 'YES_NO'),
    ('ORDER_MODEL', 2, 'AUTO_DOC_ORDER', 'YES_NO'),
    ('REGULATION', 3, 'AUTO_DOC_REGULATION', 'YES_NO'),
    ('ROADMAP', 4, 'AUTO_ROADMAP', 'YES_NO'),
    ('PROGRAMME', 5, 'AUTO_DOC_PROGRAMME', 'YES_NO'),
    ('CURATOR_ORDER', 6, 'AUTO_CURATOR', 'YES_NO'),
    ('BASES', 7, 'AUTO_BASES', 'YES_NO'),
    ('REWARD_ACT', 8, 'ANSWER', 'YES_NO'),
    ('PAIR_ORDERS', 9, 'AUTO_PAIR_ORDERS', 'YES_NO'),
    ('PAIRS_BY_ORDER', 10, 'AUTO_PAIRS_COUNT', 'NUMBER'),
    ('BEST_CASES', 11, 'ANSWER', 'YES_NO');

-- a school's answer to an ANSWER item: yes/no with a link or a note on the file
create table checklist_answer (
    id          bigserial primary key,
    school_id   bigint       not null references school (id),
    item_code   varchar(40)  not null references checklist_item (code),
    answer      boolean      not null,
    evidence    varchar(500),
    answered_by bigint,
    answered_at timestamptz  not null,
    version     bigint       not null default 0,
    unique (school_id, item_code)
);
