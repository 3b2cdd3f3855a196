-- Issue 21 points 2 and 5 (module contests): municipal contests with a jury. The department creates a contest (its
-- regulation as a file, stage dates, nominations, criteria as data copied from a template or typed), schools apply,
-- jurors named for ONE contest (an assignment, not a role) score the applications of other schools criterion by
-- criterion, and the results (mean total of the jurors' sums, shared places on ties) are published once every juror
-- has scored every application they may score.

create table contest (
    id                bigserial primary key,
    municipality_id   bigint not null references municipality (id),
    title             varchar(300) not null,
    level             varchar(20) not null check (level in ('SCHOOL', 'MUNICIPAL', 'REGIONAL')),
    year              integer not null check (year between 2015 and 2100),
    type              varchar(20) not null check (type in ('MENTOR', 'PRACTICE')),
    phase             varchar(20) not null default 'DRAFT'
                      check (phase in ('DRAFT', 'ACCEPTANCE', 'JURY', 'RESULTS')),
    accept_from       date,
    accept_to         date,
    jury_from         date,
    jury_to           date,
    results_on        date,
    results_published_at timestamptz,
    created_at        timestamptz not null default now(),
    version           bigint not null default 0
);
create index contest_municipality on contest (municipality_id, year);

create table contest_nomination (
    id         bigserial primary key,
    contest_id bigint not null references contest (id) on delete cascade,
    title      varchar(300) not null,
    position   integer not null default 0
);
create index contest_nomination_contest on contest_nomination (contest_id, position);

-- criteria as data: RANGE (min..max points), BANDS (named bands, each with its points, in «bands» one per line
-- «name=points»), YES_NO (present or not, with evidence; max points when present)
create table contest_criterion (
    id          bigserial primary key,
    contest_id  bigint not null references contest (id) on delete cascade,
    position    integer not null default 0,
    title       varchar(300) not null,
    description varchar(1000),
    kind        varchar(10) not null check (kind in ('RANGE', 'BANDS', 'YES_NO')),
    min_points  integer not null default 0 check (min_points >= 0),
    max_points  integer not null check (max_points between 1 and 1000),
    bands       varchar(1000),
    check (min_points <= max_points)
);
create index contest_criterion_contest on contest_criterion (contest_id, position);

-- the real score sheets the department copies into a contest (programme.md section 3.1)
create table contest_criterion_template (
    id          bigserial primary key,
    template    varchar(40) not null,
    position    integer not null,
    title       varchar(300) not null,
    description varchar(1000),
    kind        varchar(10) not null check (kind in ('RANGE', 'BANDS', 'YES_NO')),
    min_points  integer not null default 0,
    max_points  integer not null,
    bands       varchar(1000),
    unique (template, position)
);
insert into contest_criterion_template (template, position, title, description, kind, min_points, max_points) values
 ('MARI_EL_PRACTICES', 1, 'Результативность практики', 'Степень достижения запланированного результата', 'RANGE', 1, 10),
 ('MARI_EL_PRACTICES', 2, 'Эффективность практики', 'Соотношение использованных организацией ресурсов и достигнутых результатов', 'RANGE', 1, 10),
 ('MARI_EL_PRACTICES', 3, 'Уникальность практики', 'Новизна и неповторимость среди других практик', 'RANGE', 1, 10),
 ('MARI_EL_PRACTICES', 4, 'Возможность тиражирования', null, 'RANGE', 1, 10),
 ('MARI_EL_PRACTICES', 5, 'Возможность масштабирования', null, 'RANGE', 1, 10),
 ('KOMI_MENTOR_OF_YEAR', 1, 'Возможность тиражирования практики', 'Наличие Да/Нет, подтверждающие материалы', 'YES_NO', 0, 20),
 ('KOMI_MENTOR_OF_YEAR', 2, 'Возможность масштабирования', 'Может быть увеличено количество участников без изменения качества результата', 'YES_NO', 0, 20),
 ('KOMI_MENTOR_OF_YEAR', 3, 'Уникальность практики', 'Наличие Да/Нет, подтверждающие материалы', 'YES_NO', 0, 20);
insert into contest_criterion_template (template, position, title, description, kind, min_points, max_points, bands) values
 ('KOMI_MENTOR_OF_YEAR', 4, 'Стаж наставнической деятельности', 'Шкала по образцу оценочного листа «Лучший шеф-наставник» (Алтайский край)', 'BANDS', 1, 5,
  E'1–4 года=1\n5–9 лет=2\n10–19 лет=3\n20–29 лет=4\nот 30 лет=5');

create table contest_juror (
    id         bigserial primary key,
    contest_id bigint not null references contest (id) on delete cascade,
    user_id    bigint not null references app_user (id),
    unique (contest_id, user_id)
);
create index contest_juror_user on contest_juror (user_id);

create table contest_application (
    id               bigserial primary key,
    contest_id       bigint not null references contest (id) on delete cascade,
    nomination_id    bigint references contest_nomination (id),
    school_id        bigint not null references school (id),
    mentor_person_id bigint references person (id) on delete cascade,
    practice_id      bigint,
    practice_title   varchar(300),
    practice_summary varchar(4000),
    submitted_by     bigint,
    submitted_at     timestamptz not null default now(),
    mean_total       numeric(8, 2),
    place            integer,
    entered_bank_at  timestamptz,
    version          bigint not null default 0,
    check (mentor_person_id is not null or practice_title is not null)
);
create index contest_application_contest on contest_application (contest_id, school_id);
create unique index contest_application_one_mentor on contest_application (contest_id, mentor_person_id)
    where mentor_person_id is not null;

-- the contest's regulation (application_id null) and each application's required documents
create table contest_file (
    id             bigserial primary key,
    contest_id     bigint not null references contest (id) on delete cascade,
    application_id bigint references contest_application (id) on delete cascade,
    kind           varchar(20) not null check (kind in ('REGULATION', 'APPLICATION', 'PORTFOLIO', 'CONSENT')),
    file_name      varchar(200) not null,
    content_type   varchar(100) not null,
    size_bytes     integer not null check (size_bytes between 1 and 5242880),
    bytes          bytea not null,
    uploaded_at    timestamptz not null default now()
);
create index contest_file_contest on contest_file (contest_id, application_id);

create table contest_score (
    id             bigserial primary key,
    application_id bigint not null references contest_application (id) on delete cascade,
    juror_id       bigint not null references contest_juror (id) on delete cascade,
    criterion_id   bigint not null references contest_criterion (id) on delete cascade,
    points         integer not null check (points between 0 and 1000),
    evidence       varchar(1000),
    comment        varchar(2000),
    scored_at      timestamptz not null default now(),
    unique (application_id, juror_id, criterion_id)
);
create index contest_score_juror on contest_score (juror_id);
