-- Issue 20 point 2: selecting and training mentors (campaign stage 4), module training.

-- A candidate mentor of a school: the questionnaire, the interview and the decision
-- (APPLIED → INTERVIEW → TRAINING → IN_BASE | REFUSED, the transitions kept by training.MentorCandidate).
create table mentor_candidate (
    id                 bigserial primary key,
    school_id          bigint       not null references school (id),
    person_id          bigint       not null references person (id),
    status             varchar(20)  not null,
    applied_on         date         not null,
    motivation         varchar(2000),
    experience         varchar(2000),
    competences        varchar(2000),
    interests          varchar(1000),
    preferred_mentees  varchar(1000),
    availability       varchar(500),
    interview_date     date,
    interviewer        varchar(200),
    interview_result   varchar(20),
    interview_comment  varchar(2000),
    refusal_reason     varchar(1000),
    decided_on         date,
    version            bigint       not null default 0,
    constraint mentor_candidate_status_check
        check (status in ('APPLIED', 'INTERVIEW', 'TRAINING', 'IN_BASE', 'REFUSED')),
    constraint mentor_candidate_refusal_check check (status <> 'REFUSED' or refusal_reason is not null)
);
-- one open candidacy per person: a refused or included person may apply again later
create unique index mentor_candidate_open_idx on mentor_candidate (person_id)
    where status in ('APPLIED', 'INTERVIEW', 'TRAINING');
create index mentor_candidate_school_idx on mentor_candidate (school_id, status);

-- A training course a mentor finished (ДПП ПК or another course) with its document; the file, if any, is filed in
-- the school's document register (documents module) and referenced by its id.
create table mentor_course (
    id           bigserial primary key,
    school_id    bigint       not null references school (id),
    person_id    bigint       not null references person (id),
    title        varchar(300) not null,
    provider     varchar(300),
    hours        integer,
    start_date   date,
    end_date     date         not null,
    doc_type     varchar(20)  not null,
    doc_number   varchar(100),
    document_id  bigint,
    version      bigint       not null default 0,
    constraint mentor_course_hours_check check (hours is null or hours > 0),
    constraint mentor_course_dates_check check (start_date is null or start_date <= end_date),
    constraint mentor_course_doc_check check (doc_type in ('PK_CERTIFICATE', 'CERTIFICATE', 'OTHER'))
);
create index mentor_course_person_idx on mentor_course (person_id, end_date);
create index mentor_course_school_idx on mentor_course (school_id);

-- A credential: the qualification category «педагог-наставник» (valid 5 years), the badge «Почётный наставник», other.
create table mentor_credential (
    id           bigserial primary key,
    school_id    bigint       not null references school (id),
    person_id    bigint       not null references person (id),
    kind         varchar(20)  not null,
    title        varchar(300),
    issued_on    date         not null,
    expires_on   date,
    doc_number   varchar(100),
    version      bigint       not null default 0,
    constraint mentor_credential_kind_check check (kind in ('MENTOR_CATEGORY', 'HONORARY_MENTOR', 'OTHER')),
    constraint mentor_credential_expiry_check check (expires_on is null or expires_on > issued_on)
);
create index mentor_credential_person_idx on mentor_credential (person_id, issued_on);
create index mentor_credential_school_idx on mentor_credential (school_id);

-- Published for other modules (people, monitoring, via them campaigns and home): the periods in which a person counts
-- as a trained mentor. A course counts from the day it ended, for good; the category «педагог-наставник» from the day
-- it was given until the day it expires (valid_until exclusive). A mentor is trained on day d when a row has
-- valid_from <= d and (valid_until is null or d < valid_until). Two plain selects of one table each, no joins, so
-- PostgreSQL inlines it into the reader's statement (an append of two index scans).
create view training_trained_v as
select person_id, end_date as valid_from, cast(null as date) as valid_until from mentor_course
union all
select person_id, issued_on, expires_on from mentor_credential where kind = 'MENTOR_CATEGORY';

-- The hand-entered training of the mentor form (mentor_profile.training_date / training_programme) becomes a
-- training record, so nothing is lost; the hours are taken from the programme's text where it says them («36 ч.»).
-- The columns are then emptied: trained or not is derived from the training records only.
insert into mentor_course (school_id, person_id, title, provider, hours, start_date, end_date, doc_type)
select m.school_id, m.person_id,
       coalesce(nullif(btrim(m.training_programme), ''), 'Обучение наставников (перенесено из базы наставников)'),
       null,
       nullif(cast(coalesce(substring(m.training_programme from '(\d{1,4})\s*ч'), '0') as integer), 0),
       null, m.training_date, 'OTHER'
  from mentor_profile m
 where m.training_date is not null;

update mentor_profile set training_date = null, training_programme = null
 where training_date is not null or training_programme is not null;
