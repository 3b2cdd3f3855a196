-- Issue 20, point 3 (module meetings): the pair's work (stage 6) and its end (stage 7) — an individual plan per pair
-- or group, a meeting log, the school's setting of «no meeting for N days», the school's final event of the year,
-- and a published view of meeting figures per school and academic year for the methodologist's page.

create table meeting_settings (
    school_id  bigint primary key references school (id),
    stall_days integer not null default 30 check (stall_days between 1 and 365),
    updated_at timestamptz,
    version    bigint not null default 0
);

create table meeting (
    id              bigserial primary key,
    pair_id         bigint not null references mentoring_pair (id) on delete cascade,
    school_id       bigint not null references school (id),
    type            varchar(20) not null check (type in ('ACQUAINTANCE', 'TRIAL', 'PLANNING', 'WORKING', 'FINAL')),
    starts_at       timestamp not null,
    duration_min    integer not null check (duration_min between 5 and 600),
    format          varchar(20) not null check (format in ('IN_PERSON', 'REMOTE')),
    topic           varchar(300),
    content         varchar(4000),
    outcome         varchar(4000),
    homework        varchar(2000),
    curator_present boolean not null default false,
    mentor_rating   integer check (mentor_rating between 1 and 10),
    mentee_rating   integer check (mentee_rating between 1 and 10),
    created_by      bigint,
    created_at      timestamptz not null default now(),
    version         bigint not null default 0
);
-- exactly one final meeting per pair or group: the database refuses a second one whatever the race
create unique index meeting_one_final on meeting (pair_id) where type = 'FINAL';
create index meeting_pair_starts on meeting (pair_id, starts_at);
create index meeting_school_starts on meeting (school_id, starts_at);

create table meeting_participant (
    meeting_id bigint not null references meeting (id) on delete cascade,
    person_id  bigint not null references person (id) on delete cascade,
    primary key (meeting_id, person_id)
);

create table plan_activity (
    id              bigserial primary key,
    pair_id         bigint not null references mentoring_pair (id) on delete cascade,
    school_id       bigint not null references school (id),
    section         varchar(200),
    activity        varchar(1000) not null,
    due_date        date,
    format          varchar(200),
    expected_result varchar(1000),
    done            boolean not null default false,
    done_date       date,
    created_at      timestamptz not null default now(),
    version         bigint not null default 0
);
create index plan_activity_pair on plan_activity (pair_id, due_date);

create table final_event (
    id                 bigserial primary key,
    school_id          bigint not null references school (id),
    academic_year      integer not null,
    event_date         date not null,
    format             varchar(200) not null,
    participants_count integer not null check (participants_count >= 0),
    cases              varchar(4000),
    publication_url    varchar(500),
    version            bigint not null default 0,
    unique (school_id, academic_year)
);

create table final_event_mentor (
    event_id  bigint not null references final_event (id) on delete cascade,
    person_id bigint not null references person (id) on delete cascade,
    primary key (event_id, person_id)
);

-- meetings: figures per school and academic year (1 September – 31 August) for the methodologist's page (issue 20,
-- point 6); a pair counts as completed with a final meeting when its final meeting falls in the year
create view meetings_pair_stats_v as
select school_id,
       (extract(year from starts_at)::integer - case when extract(month from starts_at) < 9 then 1 else 0 end)
           as academic_year,
       count(distinct pair_id) as pairs_with_meetings,
       count(*) as meetings,
       count(distinct pair_id) filter (where type = 'FINAL') as pairs_completed_with_final
  from meeting
 group by 1, 2;
