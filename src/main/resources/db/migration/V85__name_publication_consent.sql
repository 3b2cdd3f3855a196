-- Issue 21 point 5 (module people): a mentor's consent to the publication of their name on the public pages (152-ФЗ
-- art. 10.1, personal data allowed for distribution), recorded by the school's curator from the signed paper. One row
-- per person: given on a date, optionally ending on a date; a withdrawal records its date and hides the name at once.
-- Only adults in the mentor base may have one (checked by the service); a child's name is never published.
create table name_publication (
    id            bigserial primary key,
    person_id     bigint      not null references person (id),
    given_on      date        not null,
    valid_until   date,
    withdrawn_on  date,
    created_at    timestamptz not null default now(),
    version       bigint      not null default 0,
    constraint name_publication_person_unique unique (person_id),
    constraint name_publication_until_check check (valid_until is null or valid_until >= given_on)
);
