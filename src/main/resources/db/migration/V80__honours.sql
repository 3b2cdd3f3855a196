-- Issue 21 point 3: honours and the mentor's record, module honours.

-- A school's nomination of a mentor of its base for a грамота or a благодарность of the department of education, for
-- a year, with a justification and the short wording printed on the document. It goes through the approval workflow
-- (approval.Approval: SUBMITTED → APPROVED | RETURNED → SUBMITTED | REFUSED); its history is in approval_transition.
create table honour_nomination (
    id                 bigserial primary key,
    school_id          bigint        not null references school (id),
    municipality_id    bigint        not null references municipality (id),
    person_id          bigint        not null references person (id),
    kind               varchar(20)   not null,
    year               integer       not null,
    wording            varchar(300)  not null,
    justification      varchar(4000) not null,
    nominated_by       varchar(300)  not null,
    status             varchar(20)   not null,
    status_changed_at  timestamptz   not null,
    decided_on         date,
    version            bigint        not null default 0,
    constraint honour_nomination_kind_check check (kind in ('GRAMOTA', 'GRATITUDE')),
    constraint honour_nomination_status_check
        check (status in ('DRAFT', 'SUBMITTED', 'APPROVED', 'RETURNED', 'REFUSED')),
    constraint honour_nomination_year_check check (year between 2000 and 2100),
    constraint honour_nomination_decided_check check (status <> 'APPROVED' or decided_on is not null)
);
create index honour_nomination_school_idx on honour_nomination (school_id, year);
create index honour_nomination_municipality_idx on honour_nomination (municipality_id, status, year);
create index honour_nomination_person_idx on honour_nomination (person_id);

-- What the department's documents print: its name and its head (name and position), per municipality.
create table honour_settings (
    municipality_id  bigint        primary key references municipality (id),
    department_name  varchar(300)  not null,
    head_position    varchar(300)  not null,
    head_name        varchar(200)  not null,
    version          bigint        not null default 0
);

-- The approval history takes the new kind; it goes with its nomination like a roadmap's or a report's.
alter table approval_transition drop constraint approval_transition_kind;
alter table approval_transition add constraint approval_transition_kind
    check (subject_kind in ('ROADMAP', 'REPORT', 'NOMINATION'));
create trigger honour_nomination_approval_forget after delete on honour_nomination
    for each row execute function approval_transition_forget('NOMINATION');
