-- Issue 17 point 7 (second half) and point 6: the new school year, moves between schools with an effective date,
-- one identity across the municipality. Module people.

-- A student who finished grade 11 in academic year Y (its starting year): «выпускник Y/Y+1». The class rows stay; from
-- Y+1 the student has no class, is in no base and is not counted as a student of the school.
alter table person add column graduated_in integer;

-- A move of a person to another school of the municipality: requested (by the receiving curator, for the department
-- to decide), scheduled (an effective date still to come), done (applied on that date) or cancelled.
create table person_transfer (
    id              bigserial primary key,
    person_id       bigint      not null references person (id) on delete cascade,
    from_school_id  bigint      not null,
    to_school_id    bigint      not null,
    effective_on    date        not null,
    status          varchar(16) not null,
    requested_by    bigint,
    created_at      timestamptz not null default now(),
    applied_on      date,
    version         bigint      not null default 0
);
create index person_transfer_person_idx on person_transfer (person_id);
create index person_transfer_due_idx on person_transfer (effective_on) where status = 'SCHEDULED';
create index person_transfer_to_idx on person_transfer (to_school_id);
create index person_transfer_from_idx on person_transfer (from_school_id);

-- One run of «Перевод в следующий учебный год» of a school: from year Y into Y+1, with what it did.
create table year_promotion (
    id          bigserial primary key,
    school_id   bigint      not null,
    from_year   integer     not null,
    promoted    integer     not null,
    graduated   integer     not null,
    kept        integer     not null,
    skipped     integer     not null,
    run_by      bigint,
    run_at      timestamptz not null default now()
);
create index year_promotion_school_idx on year_promotion (school_id, from_year);

-- monitoring reads who graduated (the registered students of a year leave graduates out)
create or replace view people_person_v as
select id, school_id, kind, last_name, first_name, middle_name, birth_date, teaching_since, processing_stopped_on,
       anonymised_on, graduated_in
  from person;
