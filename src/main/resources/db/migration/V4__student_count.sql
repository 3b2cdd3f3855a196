-- The yearly student count (контингент) of a school: the denominator of coverage (module: schools)
create table student_count (
    school_id     bigint      not null references school (id),
    year          int         not null check (year between 2000 and 2100),
    students      int         not null check (students between 0 and 100000),
    entered_by    bigint references app_user (id),
    entered_at    timestamptz not null default now(),
    version       bigint      not null default 0,
    primary key (school_id, year)
);
