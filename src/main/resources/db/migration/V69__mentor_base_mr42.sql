-- Issue 17 point 3: the mentor base holds what the МР-42/02 table «База наставников» records beyond competences:
-- achievements important for the programme, interests, the wanted age of mentees, time and place for contact, and the
-- form of mentoring the mentor is for. Free text, cleared on anonymisation like the competences.
alter table mentor_profile
    add column achievements       varchar(2000),
    add column interests          varchar(2000),
    add column wanted_mentee_age  varchar(100),
    add column contact_time_place varchar(300),
    add column wanted_form_id     bigint;
