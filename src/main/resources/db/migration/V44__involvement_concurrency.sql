-- The involvement triggers (V43) under concurrent writers (module: monitoring): two transactions refreshing the same
-- person both deleted nothing visible and both inserted, and one failed on the primary key. A transaction-scoped
-- advisory lock per person (taken in ascending order, so two writers never wait on each other in a circle) makes the
-- refreshes of one person take turns. Drafts never count, so a draft's insert, edit or removal refreshes nobody.
create or replace function involvement_refresh(ids bigint[]) returns void language plpgsql as $$
declare
    k bigint;
begin
    for k in select distinct x from unnest(ids) as x where x is not null order by 1 loop
        perform pg_advisory_xact_lock(43, (k % 2147483647)::int);
    end loop;
    delete from involvement where person_id = any (ids);
    delete from involvement_form where person_id = any (ids);
    insert into involvement_form (year, school_id, form_id, person_id, student, first_day)
    select y, x.school_id, x.form_id, x.person_id, bool_or(per.kind = 'STUDENT'),
           min(greatest(make_date(y, 1, 1), x.start_date))
      from (select mp.school_id, mp.form_id, mp.mentor_id as person_id, mp.start_date, mp.end_date
              from mentoring_pair mp where mp.status <> 'DRAFT' and mp.mentor_id = any (ids)
            union all
            select mp.school_id, mp.form_id, pm.person_id, mp.start_date, mp.end_date
              from pair_mentee pm join mentoring_pair mp on mp.id = pm.pair_id
             where mp.status <> 'DRAFT' and pm.person_id = any (ids)) x
      join person per on per.id = x.person_id
     cross join lateral generate_series(extract(year from x.start_date)::int,
           coalesce(extract(year from x.end_date)::int,
                    greatest(extract(year from current_date)::int, extract(year from x.start_date)::int) + 1)) as y
     group by y, x.school_id, x.form_id, x.person_id;
    insert into involvement (year, school_id, person_id, student, first_day)
    select year, school_id, person_id, bool_or(student), min(first_day)
      from involvement_form where person_id = any (ids)
     group by year, school_id, person_id;
end;
$$;

create or replace function involvement_on_pair() returns trigger language plpgsql as $$
declare
    ids bigint[];
begin
    if tg_op = 'INSERT' and new.status = 'DRAFT' or tg_op = 'DELETE' and old.status = 'DRAFT'
       or tg_op = 'UPDATE' and old.status = 'DRAFT' and new.status = 'DRAFT' then
        return null;
    end if;
    if tg_op = 'UPDATE' and old.status = new.status and old.start_date = new.start_date
       and old.end_date is not distinct from new.end_date and old.school_id = new.school_id
       and old.form_id = new.form_id and old.mentor_id = new.mentor_id then
        return null;
    end if;
    if tg_op = 'DELETE' then
        ids := array[old.mentor_id] || array(select person_id from pair_mentee where pair_id = old.id);
    elsif tg_op = 'INSERT' then
        ids := array[new.mentor_id] || array(select person_id from pair_mentee where pair_id = new.id);
    else
        ids := array[old.mentor_id, new.mentor_id] || array(select person_id from pair_mentee where pair_id = new.id);
    end if;
    perform involvement_refresh(ids);
    return null;
end;
$$;

create or replace function involvement_on_mentee() returns trigger language plpgsql as $$
declare
    pair bigint := case when tg_op = 'DELETE' then old.pair_id else new.pair_id end;
begin
    -- a draft's mentees count nowhere; a pair already gone (a cascade) still needs its mentees recomputed
    if exists (select 1 from mentoring_pair where id = pair and status = 'DRAFT') then
        return null;
    end if;
    if tg_op = 'DELETE' then
        perform involvement_refresh(array[old.person_id]);
    else
        perform involvement_refresh(array[new.person_id]);
    end if;
    return null;
end;
$$;
