-- Curator appointments (module: schools): a school has one current curator and any number of deputies, each
-- appointed by its own order; a user holds at most one current appointment per school.
alter table curator_appointment add column kind varchar(10) not null default 'CURATOR'
    constraint curator_appointment_kind_check check (kind in ('CURATOR', 'DEPUTY'));
drop index curator_appointment_current_idx;
create unique index curator_appointment_current_idx on curator_appointment (school_id)
    where ended_at is null and kind = 'CURATOR';
create unique index curator_appointment_current_user_idx on curator_appointment (school_id, user_id)
    where ended_at is null;

-- Until now a replaced curator stayed bound to the school. Whoever held an appointment there that has ended and holds
-- no current one loses the school, and their open sessions (which carry the old schools) end.
with stale as (
    delete from app_user_school s
    where exists (select 1 from curator_appointment a
                  where a.school_id = s.school_id and a.user_id = s.user_id and a.ended_at is not null)
      and not exists (select 1 from curator_appointment a
                      where a.school_id = s.school_id and a.user_id = s.user_id and a.ended_at is null)
    returning s.user_id)
delete from spring_session
where principal_name in (select u.username from app_user u where u.id in (select user_id from stale));
