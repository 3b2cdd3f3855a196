-- The change log of V45 also names the school, so that a page of one school (its pair list) can be revalidated
-- against that school's changes only. One row per municipality, school and transaction; school 0 for a change of
-- the municipality as a whole (targets, its name), municipality 0 and school 0 for a change that concerns everyone
-- (a form or variation renamed).
alter table monitoring_change add column school_id bigint not null default 0;
alter table monitoring_change drop constraint monitoring_change_tx;
alter table monitoring_change add constraint monitoring_change_tx unique (municipality_id, school_id, tx);
create index monitoring_change_school_idx on monitoring_change (school_id, id);

drop function monitoring_touch(bigint);
create function monitoring_touch(m bigint, s bigint) returns void language sql as $$
    insert into monitoring_change (municipality_id, school_id) values (coalesce(m, 0), coalesce(s, 0))
    on conflict on constraint monitoring_change_tx do nothing
$$;

create or replace function monitoring_on_school_row() returns trigger language plpgsql as $$
begin
    if tg_op <> 'INSERT' then
        perform monitoring_touch(monitoring_school(old.school_id), old.school_id);
    end if;
    if tg_op <> 'DELETE' then
        perform monitoring_touch(monitoring_school(new.school_id), new.school_id);
    end if;
    return null;
end $$;

create or replace function monitoring_on_pair_mentee() returns trigger language plpgsql as $$
declare s bigint;
begin
    if tg_op <> 'INSERT' then
        select p.school_id into s from mentoring_pair p where p.id = old.pair_id;
        perform monitoring_touch(monitoring_school(s), s);
    end if;
    if tg_op <> 'DELETE' then
        select p.school_id into s from mentoring_pair p where p.id = new.pair_id;
        perform monitoring_touch(monitoring_school(s), s);
    end if;
    return null;
end $$;

create or replace function monitoring_on_student_class() returns trigger language plpgsql as $$
declare s bigint;
begin
    if tg_op <> 'INSERT' then
        select p.school_id into s from person p where p.id = old.person_id;
        perform monitoring_touch(monitoring_school(s), s);
    end if;
    if tg_op <> 'DELETE' then
        select p.school_id into s from person p where p.id = new.person_id;
        perform monitoring_touch(monitoring_school(s), s);
    end if;
    return null;
end $$;

-- school: the row itself is the school
drop trigger monitoring_change on school;
create function monitoring_on_school() returns trigger language plpgsql as $$
begin
    if tg_op <> 'INSERT' then
        perform monitoring_touch(old.municipality_id, old.id);
    end if;
    if tg_op <> 'DELETE' then
        perform monitoring_touch(new.municipality_id, new.id);
    end if;
    return null;
end $$;
create trigger monitoring_change after insert or update or delete on school
    for each row execute function monitoring_on_school();

-- coverage_target keeps monitoring_on_municipality_row: the municipality as a whole
create or replace function monitoring_on_municipality_row() returns trigger language plpgsql as $$
begin
    if tg_op <> 'INSERT' then
        perform monitoring_touch(old.municipality_id, 0);
    end if;
    if tg_op <> 'DELETE' then
        perform monitoring_touch(new.municipality_id, 0);
    end if;
    return null;
end $$;

create or replace function monitoring_on_everything() returns trigger language plpgsql as $$
begin
    perform monitoring_touch(0, 0);
    return null;
end $$;
create trigger monitoring_change after insert or update or delete on form_variation
    for each statement execute function monitoring_on_everything();
