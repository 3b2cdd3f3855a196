-- Issue 20, point 1 (module programmes): a school's programme of mentoring per form and academic year, approved by
-- the school's head through the approval workflow (subject kind PROGRAMME), and a teacher pair's personalised
-- programme (АЗ-1128/08) with its plan of activities and its final sections. A pair belongs to the programme of its
-- school, form and the academic year of its start: derived, never stored.

create table school_programme (
    id                bigserial primary key,
    school_id         bigint not null references school (id),
    municipality_id   bigint not null references municipality (id),
    form_id           bigint not null references mentoring_form (id),
    academic_year     integer not null check (academic_year between 2018 and 2100),
    goal              varchar(2000),
    tasks             varchar(4000),
    variations        varchar(2000),
    period_from       date not null,
    period_to         date not null,
    curator_id        bigint references app_user (id),
    status            varchar(20) not null check (status in ('DRAFT', 'SUBMITTED', 'APPROVED', 'RETURNED')),
    status_changed_at timestamptz not null,
    order_document_id bigint,
    updated_at        timestamptz not null,
    version           bigint not null default 0,
    check (period_to >= period_from),
    unique (school_id, form_id, academic_year)
);
create index school_programme_year on school_programme (municipality_id, academic_year, status);

create table personal_programme (
    id                 bigserial primary key,
    pair_id            bigint not null unique references mentoring_pair (id) on delete cascade,
    school_id          bigint not null references school (id),
    difficulties       varchar(4000),
    goal               varchar(2000),
    tasks              varchar(4000),
    start_date         date not null,
    end_date           date not null,
    self_analysis      varchar(4000),
    mentor_review      varchar(4000),
    curator_conclusion varchar(4000),
    updated_at         timestamptz not null,
    version            bigint not null default 0,
    check (end_date >= start_date)
);

create table personal_programme_activity (
    id              bigserial primary key,
    programme_id    bigint not null references personal_programme (id) on delete cascade,
    activity        varchar(1000) not null,
    due_date        date,
    expected_result varchar(1000),
    done            boolean not null default false,
    result          varchar(1000),
    version         bigint not null default 0
);
create index personal_programme_activity_programme on personal_programme_activity (programme_id, due_date);

-- the approval workflow gets a third kind of subject; its history goes with the programme, like the others'
alter table approval_transition drop constraint approval_transition_kind;
alter table approval_transition add constraint approval_transition_kind
    check (subject_kind in ('ROADMAP', 'REPORT', 'PROGRAMME'));
create trigger school_programme_approval_forget after delete on school_programme
    for each row execute function approval_transition_forget('PROGRAMME');
