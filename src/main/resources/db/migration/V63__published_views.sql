-- Modules own their tables (issue 19, point 4): a module reads another module's data through that module's Java API
-- or through a view the owner publishes here. Each view is named after its owner (<module>_..._v), selects plain
-- columns of one table (no joins, no expressions), so PostgreSQL inlines it into the reader's statement and uses the
-- owner's indexes exactly as before (ModuleTablesTest lists them; a reader names only these, never the tables).

-- accounts: who a username is (the audit trail shows the full name)
create view accounts_user_v as
select id, username, full_name from app_user;

-- schools: schools, municipalities, yearly student counts, curator appointments
create view schools_school_v as
select id, municipality_id, short_name, sort_key, kind from school;

create view schools_municipality_v as
select id, name from municipality;

create view schools_student_count_v as
select school_id, year, students from student_count;

create view schools_curator_appointment_v as
select id, school_id, user_id from curator_appointment;

-- people: persons (names for lists and the trail), classes by academic year, the mentor base, consents, destructions
create view people_person_v as
select id, school_id, kind, last_name, first_name, middle_name, birth_date, teaching_since from person;

create view people_student_class_v as
select person_id, academic_year, grade, letter from student_class;

create view people_mentor_profile_v as
select person_id, school_id, in_base, included_on, training_date, capacity from mentor_profile;

create view people_consent_v as
select id, person_id from consent;

create view people_data_destruction_v as
select id, person_id from data_destruction;

-- pairing: pairs and groups, their mentees, the forms
create view pairing_pair_v as
select id, school_id, form_id, variation_id, mentor_id, status, start_date, end_date, planned_end, order_number,
       order_date
  from mentoring_pair;

create view pairing_pair_mentee_v as
select pair_id, person_id from pair_mentee;

create view pairing_form_v as
select id, name from mentoring_form;

-- campaigns, reports, approval, monitoring, documents: what the audit trail names an object by
create view campaigns_campaign_v as
select id, title from campaign;

create view campaigns_campaign_school_v as
select id, campaign_id, school_id from campaign_school;

create view reports_report_v as
select id, school_id, academic_year from school_report;

create view approval_transition_v as
select id, subject_kind, subject_id, school_id from approval_transition;

create view monitoring_target_v as
select id, year from coverage_target;

create view documents_document_v as
select id, school_id, title from school_document;

create view documents_news_v as
select id, school_id, title from school_news;

create view documents_act_v as
select id, title from normative_act;
