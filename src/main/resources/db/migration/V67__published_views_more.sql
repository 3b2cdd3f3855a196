-- Issue 19 point 4: columns the mail, reminders and monitoring modules read from other modules, published by their
-- owners (a view gains columns at its end only); the notifications module publishes its notifications' recipients.
create or replace view accounts_user_v as
select id, username, full_name, email, enabled from app_user;

create or replace view people_person_v as
select id, school_id, kind, last_name, first_name, middle_name, birth_date, teaching_since, processing_stopped_on,
       anonymised_on
  from person;

create or replace view people_consent_v as
select id, person_id, revoked_on, valid_until from consent;

create view notifications_notification_v as
select id, user_id, kind from notification;
