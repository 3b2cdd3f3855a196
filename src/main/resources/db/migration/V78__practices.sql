-- Issue 21, points 1 and 4 (module practices): the bank of mentoring practices («Банк лучших практик наставничества»)
-- with its passport, moderated through the approval workflow (subject kind PRACTICE), its files, and the
-- municipality's events (seminars, the August teachers' council, presentations) with the schools that took part and
-- the practices presented.

create table practice (
    id                 bigserial primary key,
    school_id          bigint not null references school (id),
    municipality_id    bigint not null references municipality (id),
    title              varchar(300) not null,
    form_id            bigint references mentoring_form (id),
    role_model         varchar(300),
    problem            varchar(4000),
    goal               varchar(4000),
    participants       varchar(2000),
    period_start       date,
    period_end         date,
    description        varchar(8000),
    resources          varchar(4000),
    results            varchar(8000),
    effectiveness      varchar(4000),
    uniqueness         varchar(4000),
    replicability      varchar(4000),
    scalability        varchar(4000),
    publish_consent    boolean not null default false,
    level              varchar(20) not null default 'SCHOOL' check (level in ('SCHOOL', 'MUNICIPAL', 'REGIONAL')),
    contest_title      varchar(300),
    contest_year       integer,
    status             varchar(20) not null check (status in ('DRAFT', 'SUBMITTED', 'APPROVED', 'RETURNED')),
    status_changed_at  timestamptz not null,
    published_at       timestamptz,
    created_at         timestamptz not null default now(),
    updated_at         timestamptz not null default now(),
    version            bigint not null default 0,
    check (period_end is null or period_start is null or period_end >= period_start)
);
create index practice_school_status on practice (school_id, status);
create index practice_published on practice (municipality_id, published_at desc) where status = 'APPROVED';

create table practice_file (
    id           bigserial primary key,
    practice_id  bigint not null references practice (id) on delete cascade,
    school_id    bigint not null references school (id),
    file_name    varchar(120) not null,
    content_type varchar(100) not null,
    size_bytes   integer not null check (size_bytes between 1 and 5242880),
    content      bytea not null,
    uploaded_at  timestamptz not null default now()
);
create index practice_file_practice on practice_file (practice_id);

create table practice_event (
    id              bigserial primary key,
    municipality_id bigint not null references municipality (id),
    title           varchar(300) not null,
    kind            varchar(20) not null check (kind in ('SEMINAR', 'TEACHERS_COUNCIL', 'PRESENTATION', 'OTHER')),
    event_date      date not null,
    place           varchar(300),
    description     varchar(4000),
    created_at      timestamptz not null default now(),
    version         bigint not null default 0
);
create index practice_event_municipality on practice_event (municipality_id, event_date desc);

create table practice_event_school (
    event_id  bigint not null references practice_event (id) on delete cascade,
    school_id bigint not null references school (id),
    primary key (event_id, school_id)
);

create table practice_event_practice (
    event_id    bigint not null references practice_event (id) on delete cascade,
    practice_id bigint not null references practice (id) on delete cascade,
    primary key (event_id, practice_id)
);
create index practice_event_practice_practice on practice_event_practice (practice_id);

-- the approval workflow's history takes the new subject kind (SubjectKind.PRACTICE); another branch adding a kind
-- must list every kind here again
alter table approval_transition drop constraint approval_transition_kind;
alter table approval_transition add constraint approval_transition_kind
    check (subject_kind in ('ROADMAP', 'REPORT', 'PRACTICE'));
