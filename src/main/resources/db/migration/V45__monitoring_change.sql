-- Change log for the dashboards' caches (issue 8). Every write that can change a municipality's dashboard leaves one
-- row per municipality and transaction; an instance that keeps a dashboard in memory asks for its municipality's
-- count and last id (one index-only scan) and recomputes only when they moved. Rows are only ever inserted by
-- different transactions under different keys, so concurrent writers never wait on each other here. A change that
-- concerns every municipality (a form renamed) is logged under municipality 0. InvolvementUpkeep removes rows older
-- than a day, keeping each municipality's newest.
create table monitoring_change (
    id              bigserial   primary key,
    municipality_id bigint      not null,
    tx              bigint      not null default txid_current(),
    changed_at      timestamptz not null default now(),
    constraint monitoring_change_tx unique (municipality_id, tx)
);
create index monitoring_change_municipality_idx on monitoring_change (municipality_id, id);

create function monitoring_touch(m bigint) returns void language sql as $$
    insert into monitoring_change (municipality_id) values (coalesce(m, 0))
    on conflict on constraint monitoring_change_tx do nothing
$$;

create function monitoring_school(s bigint) returns bigint language sql stable as $$
    select municipality_id from school where id = s
$$;

-- tables with a school_id column
create function monitoring_on_school_row() returns trigger language plpgsql as $$
begin
    if tg_op <> 'INSERT' then
        perform monitoring_touch(monitoring_school(old.school_id));
    end if;
    if tg_op <> 'DELETE' then
        perform monitoring_touch(monitoring_school(new.school_id));
    end if;
    return null;
end $$;

create trigger monitoring_change after insert or update or delete on mentoring_pair
    for each row execute function monitoring_on_school_row();
create trigger monitoring_change after insert or update or delete on mentor_profile
    for each row execute function monitoring_on_school_row();
create trigger monitoring_change after insert or update or delete on mentee_profile
    for each row execute function monitoring_on_school_row();
create trigger monitoring_change after insert or update or delete on person
    for each row execute function monitoring_on_school_row();
create trigger monitoring_change after insert or update or delete on student_count
    for each row execute function monitoring_on_school_row();

create function monitoring_on_pair_mentee() returns trigger language plpgsql as $$
begin
    if tg_op <> 'INSERT' then
        perform monitoring_touch((select monitoring_school(p.school_id) from mentoring_pair p where p.id = old.pair_id));
    end if;
    if tg_op <> 'DELETE' then
        perform monitoring_touch((select monitoring_school(p.school_id) from mentoring_pair p where p.id = new.pair_id));
    end if;
    return null;
end $$;
create trigger monitoring_change after insert or update or delete on pair_mentee
    for each row execute function monitoring_on_pair_mentee();

create function monitoring_on_student_class() returns trigger language plpgsql as $$
begin
    if tg_op <> 'INSERT' then
        perform monitoring_touch((select monitoring_school(p.school_id) from person p where p.id = old.person_id));
    end if;
    if tg_op <> 'DELETE' then
        perform monitoring_touch((select monitoring_school(p.school_id) from person p where p.id = new.person_id));
    end if;
    return null;
end $$;
create trigger monitoring_change after insert or update or delete on student_class
    for each row execute function monitoring_on_student_class();

create function monitoring_on_municipality_row() returns trigger language plpgsql as $$
begin
    if tg_op <> 'INSERT' then
        perform monitoring_touch(old.municipality_id);
    end if;
    if tg_op <> 'DELETE' then
        perform monitoring_touch(new.municipality_id);
    end if;
    return null;
end $$;
create trigger monitoring_change after insert or update or delete on school
    for each row execute function monitoring_on_municipality_row();
create trigger monitoring_change after insert or update or delete on coverage_target
    for each row execute function monitoring_on_municipality_row();

create function monitoring_on_everything() returns trigger language plpgsql as $$
begin
    perform monitoring_touch(0);
    return null;
end $$;
create trigger monitoring_change after insert or update or delete on municipality
    for each statement execute function monitoring_on_everything();
create trigger monitoring_change after insert or update or delete on mentoring_form
    for each statement execute function monitoring_on_everything();
